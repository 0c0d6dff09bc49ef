import { getNextMillis } from 'bullmq';
import type { ScheduleRepeat } from './schedule-definition';

/** Occurrences of a cron pattern looked at to find its longest gap (a weekday pattern's is Friday → Monday). */
const OCCURRENCES_SAMPLED = 8;

/** The next run after `now`, as BullMQ itself computes it; null when a pattern has no further run. */
export function nextRunAfter(repeat: ScheduleRepeat, now: number): number | null {
  const next = 'every' in repeat ? getNextMillis(now, { every: repeat.every }) : getNextMillis(now, { pattern: repeat.pattern, tz: repeat.tz });
  return next ?? null;
}

/**
 * How long to expect between two runs: `every` itself, or for a cron pattern the longest gap between
 * its next few occurrences (so a daily job's is 25 h across a clock change, a weekday job's 3 days).
 */
export function expectedIntervalMs(repeat: ScheduleRepeat, now: number): number {
  if ('every' in repeat) return repeat.every;
  let previous = nextRunAfter(repeat, now);
  let longest = 0;
  for (let i = 0; previous !== null && i < OCCURRENCES_SAMPLED; i++) {
    const next = nextRunAfter(repeat, previous);
    if (next === null) break;
    longest = Math.max(longest, next - previous);
    previous = next;
  }
  if (longest <= 0) throw new Error(`cron pattern "${repeat.pattern}" has no repeating occurrences`);
  return longest;
}

/** `every 2 s`, `every 15 min`, or the pattern with its time zone. */
export function describeRepeat(repeat: ScheduleRepeat): string {
  if (!('every' in repeat)) return `${repeat.pattern} (${repeat.tz})`;
  const ms = repeat.every;
  if (ms % 3_600_000 === 0) return `every ${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `every ${ms / 60_000} min`;
  if (ms % 1_000 === 0) return `every ${ms / 1_000} s`;
  return `every ${ms} ms`;
}
