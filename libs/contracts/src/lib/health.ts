import type { z } from 'zod';
import type * as s from './schemas/health.schema';

export type DependencyStatus = HealthView['db'];
/** A scheduled job that has not succeeded for more than three of its intervals. */
export type LateScheduleView = z.output<typeof s.LateScheduleViewSchema>;
/** `degraded` (503): the dependencies answer but a scheduled job is late. `error` (503): a dependency is down. */
export type HealthView = z.output<typeof s.HealthViewSchema>;
/** Admins: one repeatable job of the worker, as recorded in Postgres and registered in Redis. */
export type ScheduleView = z.output<typeof s.ScheduleViewSchema>;
