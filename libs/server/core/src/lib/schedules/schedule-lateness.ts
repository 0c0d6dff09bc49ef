/** A schedule is late when it has not succeeded for more than this many of its intervals. */
export const LATE_AFTER_INTERVALS = 3;

/** However short its interval, a run under way counts as on time for this long (a job may be slow, not lost). */
export const RUN_ALLOWANCE_MS = 5 * 60_000;

export interface ScheduleTimes {
  expectedIntervalMs: number;
  /** When a worker last started and registered the schedule. */
  registeredAt: Date;
  lastStartedAt: Date | null;
  lastSucceededAt: Date | null;
  lastFailedAt: Date | null;
}

const ms = (d: Date | null): number => (d ? d.getTime() : Number.NEGATIVE_INFINITY);

/**
 * Late: no success for more than three intervals, counted from the later of the last success and the
 * worker's registration (so a schedule whose first run is not yet due is never late, nor one a worker
 * has just restarted). A run that started after the last outcome and is still within its allowance is
 * not late: the schedule fired, the job is merely slow.
 */
export function isScheduleLate(times: ScheduleTimes, now: Date): boolean {
  const window = LATE_AFTER_INTERVALS * times.expectedIntervalMs;
  const since = Math.max(ms(times.registeredAt), ms(times.lastSucceededAt));
  if (now.getTime() - since <= window) return false;
  const started = ms(times.lastStartedAt);
  const running = started > ms(times.lastSucceededAt) && started > ms(times.lastFailedAt);
  return !(running && now.getTime() - started <= Math.max(window, RUN_ALLOWANCE_MS));
}
