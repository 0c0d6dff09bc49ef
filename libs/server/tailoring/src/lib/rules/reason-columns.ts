import { maskIdentifiers } from '@navdesk/contracts';

/** A request's reason as typed (for the care team) and masked (for the vendor pack), always written together. */
export function reasonColumns(reason: string, now = new Date()): { reason: string; reasonMasked: string } {
  return { reason, reasonMasked: maskIdentifiers(reason, now) };
}
