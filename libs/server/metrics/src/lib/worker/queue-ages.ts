/** The fields of a BullMQ job that say since when it has been ready to run. */
export interface WaitingJobTimes {
  /** When it was added (ms). */
  timestamp: number;
  /** How long it was delayed before becoming ready (ms); 0 for most jobs. */
  delay?: number;
}

/** Seconds a waiting job has been ready to run, counted from the end of any delay; 0 when none waits. */
export function oldestWaitingSeconds(oldest: WaitingJobTimes | undefined, now: number): number {
  if (!oldest) return 0;
  return Math.max(0, now - (oldest.timestamp + (oldest.delay ?? 0))) / 1000;
}
