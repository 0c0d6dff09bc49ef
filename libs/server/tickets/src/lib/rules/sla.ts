import { Priority } from '@navdesk/contracts';
import { BusinessCalendar } from './business-calendar';

/** Targets in business minutes; a business day is 8 open hours (09:00–17:00). */
export const SLA_TARGETS: Readonly<Record<Priority, { firstResponse: number; resolution: number }>> = {
  p1: { firstResponse: 30, resolution: 4 * 60 },
  p2: { firstResponse: 2 * 60, resolution: 8 * 60 },
  p3: { firstResponse: 4 * 60, resolution: 3 * 8 * 60 },
  p4: { firstResponse: 8 * 60, resolution: 5 * 8 * 60 },
};

/** The fix must land this long (wall clock) before the patient's next face-to-face session, so the PWP can use it. */
export const SESSION_MARGIN_MINUTES = 120;

export interface SlaDueInput {
  createdAt: Date;
  priority: Priority;
  calendar: BusinessCalendar;
  /** Business minutes spent waiting on the reporter (see pausedBusinessMinutes); they extend the deadline. */
  pausedMinutes: number;
  nextFaceToFaceSessionAt: Date | null;
}

/**
 * Resolution due time: createdAt + target + paused business minutes, but never later than 2 hours
 * before the next face-to-face session when that session is after createdAt ("fixed before Thursday's
 * appointment"). If that cap falls before createdAt, the due time is createdAt itself (due now).
 */
export function slaDueAt(input: SlaDueInput): Date {
  const { createdAt, priority, calendar, pausedMinutes, nextFaceToFaceSessionAt: session } = input;
  if (!Number.isFinite(pausedMinutes) || pausedMinutes < 0) throw new RangeError(`slaDueAt: pausedMinutes must be >= 0, got ${pausedMinutes}`);
  const due = calendar.addBusinessMinutes(createdAt, SLA_TARGETS[priority].resolution + pausedMinutes);
  if (!session || session.getTime() <= createdAt.getTime()) return due;
  const cap = Math.max(session.getTime() - SESSION_MARGIN_MINUTES * 60_000, createdAt.getTime());
  return cap < due.getTime() ? new Date(cap) : due;
}

/** First-response due time: createdAt + the priority's first-response target (no session cap: it is a reply, not a fix). */
export function firstResponseDueAt(input: { createdAt: Date; priority: Priority; calendar: BusinessCalendar }): Date {
  return input.calendar.addBusinessMinutes(input.createdAt, SLA_TARGETS[input.priority].firstResponse);
}

export interface PauseInterval {
  from: Date;
  /** null while the ticket is still waiting on the reporter. */
  to: Date | null;
}

/**
 * Business minutes spent in `waiting_on_reporter`. Open intervals run to `now`; anything after `now`
 * is ignored; overlapping intervals are merged so no minute is counted twice.
 */
export function pausedBusinessMinutes(intervals: readonly PauseInterval[], now: Date, calendar: BusinessCalendar): number {
  const spans = intervals
    .map((i) => ({ from: i.from.getTime(), to: Math.min(i.to?.getTime() ?? now.getTime(), now.getTime()) }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  let total = 0;
  let current: { from: number; to: number } | null = null;
  for (const span of spans) {
    if (current && span.from <= current.to) {
      current.to = Math.max(current.to, span.to);
      continue;
    }
    if (current) total += calendar.businessMinutesBetween(new Date(current.from), new Date(current.to));
    current = { ...span };
  }
  if (current) total += calendar.businessMinutesBetween(new Date(current.from), new Date(current.to));
  return total;
}
