import {
  OPEN_TICKET_STATUSES,
  TicketStatus,
  TicketView,
} from '@navdesk/contracts';

/**
 * The moves the API allows (contract: new → triaged → in_progress → waiting_on_reporter →
 * resolved → closed; reopen resolved → in_progress; navigators may resolve from any open state).
 * The server decides; this only keeps impossible choices out of the picker.
 */
export const STATUS_MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['triaged', 'in_progress', 'resolved'],
  triaged: ['in_progress', 'waiting_on_reporter', 'resolved'],
  in_progress: ['waiting_on_reporter', 'resolved'],
  waiting_on_reporter: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

export function statusChoices(from: TicketStatus): TicketStatus[] {
  return [from, ...STATUS_MOVES[from]];
}

export function isOpen(ticket: Pick<TicketView, 'status'>): boolean {
  return OPEN_TICKET_STATUSES.includes(ticket.status);
}

/** Queue order: SLA due first (none last), then oldest. */
export function bySlaDue(a: TicketView, b: TicketView): number {
  const due = (t: TicketView) =>
    t.slaDueAt ? Date.parse(t.slaDueAt) : Number.POSITIVE_INFINITY;
  const diff = due(a) - due(b);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}
