import { SMALL_NUMBER_LIMIT, type PatientCount } from '@navdesk/contracts';

/** A count of 1–4: shown as '<5', and a figure computed over it is withheld. Zero is not small. */
export const isSmall = (n: number): boolean => n > 0 && n < SMALL_NUMBER_LIMIT;

/** One count of patients on its own: 1–4 becomes '<5'. */
export function suppress(n: number): PatientCount {
  return isSmall(n) ? '<5' : n;
}

/**
 * Counts of patients that sit beside a total the reader also sees (the parts of a whole): 1–4 becomes
 * '<5' (primary), and when that leaves exactly one hidden cell, the smallest other non-zero cell is
 * hidden too (secondary), so no hidden count can be worked out as total − the shown ones. The total is
 * itself suppressed when small. Cells of 0 stay shown: a zero is not a small number of people.
 */
export function suppressParts(parts: readonly number[], total = parts.reduce((a, b) => a + b, 0)): { parts: PatientCount[]; total: PatientCount } {
  const hidden = parts.map(isSmall);
  if (hidden.filter(Boolean).length === 1) {
    const next = parts
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => n > 0 && !hidden[i])
      .sort((a, b) => a.n - b.n)[0];
    if (next) hidden[next.i] = true;
  }
  return { parts: parts.map((n, i) => (hidden[i] ? '<5' : n)), total: suppress(total) };
}
