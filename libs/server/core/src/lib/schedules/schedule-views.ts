import type { LateScheduleView, ScheduleView } from '@navdesk/contracts';
import type { ScheduleRepeat } from './schedule-definition';
import { describeRepeat, nextRunAfter } from './schedule-interval';
import { isScheduleLate } from './schedule-lateness';
import type { ScheduleRunEntity } from './schedule-run.entity';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The repeat a row was registered with. */
export function repeatOf(row: ScheduleRunEntity): ScheduleRepeat {
  return row.pattern ? { pattern: row.pattern, tz: row.tz ?? 'UTC' } : { every: row.everyMs ?? row.expectedIntervalMs };
}

export function toLateScheduleView(row: ScheduleRunEntity): LateScheduleView {
  return { queue: row.queue, name: row.name, lastSucceededAt: iso(row.lastSucceededAt), expectedEveryMs: row.expectedIntervalMs };
}

/**
 * `scheduler`: what Redis holds for it — its next run (or undefined when Redis has lost it), or null
 * when Redis could not be asked; the next run is then computed from the interval.
 */
export function toScheduleView(row: ScheduleRunEntity, now: Date, scheduler: { next?: number } | undefined | null): ScheduleView {
  const next = scheduler?.next ?? nextRunAfter(repeatOf(row), now.getTime());
  return {
    queue: row.queue,
    name: row.name,
    interval: describeRepeat(repeatOf(row)),
    expectedEveryMs: row.expectedIntervalMs,
    registeredAt: row.registeredAt.toISOString(),
    lastStartedAt: iso(row.lastStartedAt),
    lastSucceededAt: iso(row.lastSucceededAt),
    lastFailedAt: iso(row.lastFailedAt),
    lastError: row.lastError,
    nextRunAt: next === null ? null : new Date(next).toISOString(),
    inRedis: scheduler === null ? null : scheduler !== undefined,
    late: isScheduleLate(row, now),
  };
}
