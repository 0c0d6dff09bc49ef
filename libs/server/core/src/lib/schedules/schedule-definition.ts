/** How often a schedule runs: a fixed interval, or a cron pattern in a time zone. */
export type ScheduleRepeat = { every: number; immediately?: boolean } | { pattern: string; tz: string; immediately?: boolean };

/** One repeatable job a domain declares; its name is both the scheduler id and the job name. */
export interface ScheduleDefinition {
  name: string;
  repeat: ScheduleRepeat;
  /** Attempts per run; the queue's default when unset. */
  attempts?: number;
}
