import { InvalidInputException } from '@navdesk/server/core';
import type { IntakeItem } from './intake-item';

/** A patient named by a ticket of the batch, as far as the caseload check needs it. */
export interface NamedPatient {
  id: string;
  ref: string;
  serviceId: string;
  pwpId: string;
}

/**
 * What the batch does with each item, decided before anything is written (one bad row would abort a
 * multi-row insert):
 * - `insert`: a new ticket, unless ON CONFLICT finds its Idempotency-Key taken (then it is looked up);
 * - `same-key`: an earlier item of this batch has the same reporter and key: looked up after the commit,
 *   so it is answered with that item's ticket (or the one the key already named);
 * - `refused`: it fails its own checks; with a key it is still looked up, because a retry of a ticket
 *   that exists is answered with that ticket, as when retries were checked one by one.
 */
export type ItemPlan = { kind: 'insert'; patientId: string | null } | { kind: 'same-key' } | { kind: 'refused'; error: InvalidInputException };

/** The distinct patient refs the batch names: one query finds them all. */
export function patientRefsOf(items: readonly IntakeItem[]): string[] {
  return [...new Set(items.flatMap((i) => (i.dto.patientRef ? [i.dto.patientRef] : [])))];
}

export function planBatch(items: readonly IntakeItem[], patients: readonly NamedPatient[]): ItemPlan[] {
  const byRef = new Map(patients.map((p) => [p.ref, p]));
  const keysTaken = new Set<string>();
  return items.map((item): ItemPlan => {
    const patient = item.dto.patientRef ? byRef.get(item.dto.patientRef) : undefined;
    if (item.dto.patientRef && !(patient && inCaseload(patient, item))) {
      return { kind: 'refused', error: new InvalidInputException([{ field: 'patientRef', message: 'patientRef is not a patient in your caseload for this service' }]) };
    }
    if (item.idempotencyKey !== null) {
      const key = `${item.reporter.userId}\u0000${item.idempotencyKey}`;
      if (keysTaken.has(key)) return { kind: 'same-key' };
      keysTaken.add(key);
    }
    return { kind: 'insert', patientId: patient?.id ?? null };
  });
}

/** A PWP may name only their own patients; a navigator, patients of the ticket's service. */
function inCaseload(patient: NamedPatient, { dto, reporter }: IntakeItem): boolean {
  if (patient.serviceId !== dto.serviceId) return false;
  return reporter.role === 'navigator' || (reporter.role === 'pwp' && patient.pwpId === reporter.userId);
}
