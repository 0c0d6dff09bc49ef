export type DependencyStatus = 'up' | 'down';

/** A scheduled job that has not succeeded for more than three of its intervals. */
export interface LateScheduleView {
  queue: string;
  name: string;
  lastSucceededAt: string | null;
  expectedEveryMs: number;
}

export interface HealthView {
  /** `degraded` (503): the dependencies answer but a scheduled job is late. `error` (503): a dependency is down. */
  status: 'ok' | 'degraded' | 'error';
  db: DependencyStatus;
  redis: DependencyStatus;
  queues: Record<string, { waiting: number; active: number; failed: number; delayed: number } | 'unknown'>;
  schedules: { late: LateScheduleView[] };
}

/** Admins: one repeatable job of the worker, as recorded in Postgres and registered in Redis. */
export interface ScheduleView {
  queue: string;
  name: string;
  /** e.g. `every 2 s`, or `15 3 * * * (Europe/London)`. */
  interval: string;
  expectedEveryMs: number;
  /** When the worker last registered it (worker start). */
  registeredAt: string;
  lastStartedAt: string | null;
  lastSucceededAt: string | null;
  lastFailedAt: string | null;
  lastError: string | null;
  /** From the scheduler in Redis; computed from the interval when Redis does not hold it. */
  nextRunAt: string | null;
  /** Whether Redis holds the scheduler now; null when Redis could not be asked. */
  inRedis: boolean | null;
  late: boolean;
}
