import type { TicketStatus } from '@navdesk/contracts';

export type SlaTone = 'ok' | 'soon' | 'breached' | 'paused' | 'none';

export interface SlaState {
  text: string;
  tone: SlaTone;
}

/** The SLA facts of a ticket the badge needs. */
export interface SlaFacts {
  status: TicketStatus;
  slaDueAt: string | null;
  breached: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Under this, the badge turns amber. */
const SOON = 2 * HOUR;

/**
 * What the SLA badge says: "Due in 3 h", "Breached", "SLA paused — waiting on reporter";
 * null once the ticket is resolved or closed.
 */
export function slaState(ticket: SlaFacts, now: number): SlaState | null {
  if (ticket.status === 'resolved' || ticket.status === 'closed') return null;
  if (ticket.status === 'waiting_on_reporter') {
    return { text: 'SLA paused — waiting on reporter', tone: 'paused' };
  }
  const due = ticket.slaDueAt ? Date.parse(ticket.slaDueAt) : Number.NaN;
  if (ticket.breached || (!Number.isNaN(due) && due <= now)) {
    return { text: 'Breached', tone: 'breached' };
  }
  if (Number.isNaN(due)) return { text: 'No SLA yet', tone: 'none' };
  const left = due - now;
  return {
    text: `Due in ${duration(left)}`,
    tone: left < SOON ? 'soon' : 'ok',
  };
}

function duration(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} min`;
  if (ms < 48 * HOUR) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / (24 * HOUR))} d`;
}
