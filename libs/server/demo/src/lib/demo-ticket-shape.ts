import type { TicketStatus } from '@navdesk/contracts';
import { DAY, HISTORY_DAYS } from './demo-history';
import { onWeekday } from './session-plan';

type Random = () => number;

const HOUR = 3600_000;

/** More PWPs use the helpdesk as the history goes on: today's daily volume is twice the first day's. */
const VOLUME_RAMP = 0.5;

/**
 * When the demo's tickets were raised, oldest first: on weekdays between 09:00 and 16:00, over the whole
 * history, more of them lately (a density falling in a straight line to half going back in time).
 */
export function ticketCreationTimes(random: Random, count: number, now: Date): Date[] {
  return Array.from({ length: count }, () => {
    // Inverse of the volume's distribution: the share of the history back from now.
    const back = (1 - Math.sqrt(1 - 2 * VOLUME_RAMP * (1 - VOLUME_RAMP / 2) * random())) / VOLUME_RAMP;
    const created = onWeekday(new Date(now.getTime() - back * HISTORY_DAYS * DAY));
    created.setUTCHours(9 + Math.floor(random() * 7), Math.floor(random() * 60), 0, 0);
    return created.getTime() > now.getTime() ? new Date(now.getTime() - HOUR) : created;
  }).sort((a, b) => a.getTime() - b.getTime());
}

/** How often a ticket missed its SLA: half of them at the start of the history, few today. */
export const LATE_SHARE = { then: 0.5, today: 0.06 };

/** How often a PWP who answered the feedback said the fault disrupted therapy: falling as faults are fixed sooner. */
export const DISRUPTED_SHARE = { then: 0.42, today: 0.1 };

export interface TicketLifecycle {
  status: TicketStatus;
  resolvedAt: Date | null;
}

/**
 * Where a ticket stands now. Within its SLA (`due` still ahead) it is mostly being worked on. Past it,
 * it was either fixed in time or `late` (the history's trend decides): a late ticket raised in the last
 * three weeks may still be open; otherwise it was fixed after its SLA and, when it was about a patient,
 * after the session it was due before. A fix takes 20 minutes at least, so a ticket raised just before
 * a session (its SLA capped at the session) can miss it anyway. Old fixed tickets are mostly closed.
 */
export function ticketLifecycle(input: { random: Random; created: Date; due: Date; nextSession: Date | null; late: boolean; now: Date }): TicketLifecycle {
  const { random, created, due, nextSession, late, now } = input;
  const ageDays = (now.getTime() - created.getTime()) / DAY;
  const fixed = (at: number): TicketLifecycle => ({ status: ageDays > 21 && random() < 0.7 ? 'closed' : 'resolved', resolvedAt: new Date(Math.min(now.getTime() - 60_000, at)) });
  const open = (): TicketLifecycle => {
    const r = random();
    return { status: r < 0.6 ? 'in_progress' : r < 0.75 ? 'waiting_on_reporter' : 'triaged', resolvedAt: null };
  };
  const span = Math.max(due.getTime() - created.getTime(), 0);
  if (due.getTime() > now.getTime()) return random() < 0.2 ? fixed(created.getTime() + Math.max(HOUR / 3, (now.getTime() - created.getTime()) * random())) : open();
  if (!late) return fixed(created.getTime() + Math.max(HOUR / 3, span * (0.15 + random() * 0.8)));
  if (ageDays <= 21 && random() < 0.4) return open();
  const afterSla = due.getTime() + Math.max(HOUR / 2, span * (0.05 + random() * 0.8));
  return fixed(nextSession ? Math.max(afterSla, nextSession.getTime() + (1 + random() * 29) * HOUR) : afterSla);
}
