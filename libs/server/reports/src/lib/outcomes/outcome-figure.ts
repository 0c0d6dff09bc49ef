import type { OutcomeFigure } from '@navdesk/contracts';
import { isSmall, suppress } from '../rules/suppression';

/** A value and the number of items it is computed over (tickets, sessions, requests, patients…). */
export interface Measure {
  value: number | null;
  base: number;
}

/** A figure for both periods; a value over a base of 1–4 is withheld, and its base reads '<5'. */
export function outcomeFigure(current: Measure, previous: Measure, betterWhen: OutcomeFigure['betterWhen']): OutcomeFigure {
  return {
    current: isSmall(current.base) ? null : current.value,
    previous: isSmall(previous.base) ? null : previous.value,
    currentBase: suppress(current.base),
    previousBase: suppress(previous.base),
    suppressed: isSmall(current.base) || isSmall(previous.base),
    betterWhen,
  };
}

/** The median (the mean of the two middle values when even); null with no values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One decimal, as every figure of the reports. */
export const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
