import type { TicketStatus } from '@navdesk/contracts';

/**
 * Allowed moves (contract: new → triaged → in_progress → waiting_on_reporter → resolved → closed;
 * reopen: resolved → in_progress). Navigators may also resolve from any open state, and take a new
 * ticket straight into work.
 */
export const STATUS_MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['triaged', 'in_progress', 'resolved'],
  triaged: ['in_progress', 'waiting_on_reporter', 'resolved'],
  in_progress: ['waiting_on_reporter', 'resolved'],
  waiting_on_reporter: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

export function canMove(from: TicketStatus, to: TicketStatus): boolean {
  return from === to || STATUS_MOVES[from].includes(to);
}
