import { z } from 'zod';
import { isoDateTime } from './common.schema';

const obj = z.strictObject;
const dependency = z.enum(['up', 'down']);

export const LateScheduleViewSchema = obj({ queue: z.string(), name: z.string(), lastSucceededAt: isoDateTime().nullable(), expectedEveryMs: z.int() }).meta({
  id: 'LateScheduleView',
  description: 'A scheduled job that has not succeeded for more than three of its intervals',
});

export const HealthViewSchema = obj({
  status: z.enum(['ok', 'degraded', 'error']).meta({ description: 'degraded (503): the dependencies answer but a scheduled job is late. error (503): a dependency is down' }),
  db: dependency,
  redis: dependency,
  queues: z.record(z.string(), z.union([obj({ waiting: z.int(), active: z.int(), failed: z.int(), delayed: z.int() }), z.literal('unknown')])),
  schedules: obj({ late: z.array(LateScheduleViewSchema) }),
}).meta({ id: 'HealthView' });

export const LivenessViewSchema = obj({ status: z.literal('ok') }).meta({ id: 'LivenessView' });

export const ScheduleViewSchema = obj({
  queue: z.string(),
  name: z.string(),
  interval: z.string().meta({ description: 'e.g. `every 2 s`, or `15 3 * * * (Europe/London)`' }),
  expectedEveryMs: z.int(),
  registeredAt: isoDateTime().meta({ description: 'When the worker last registered it (worker start)' }),
  lastStartedAt: isoDateTime().nullable(),
  lastSucceededAt: isoDateTime().nullable(),
  lastFailedAt: isoDateTime().nullable(),
  lastError: z.string().nullable(),
  nextRunAt: isoDateTime().nullable().meta({ description: 'From the scheduler in Redis; computed from the interval when Redis does not hold it' }),
  inRedis: z.boolean().nullable().meta({ description: 'Whether Redis holds the scheduler now; null when Redis could not be asked' }),
  late: z.boolean(),
}).meta({ id: 'ScheduleView', description: 'One repeatable job of the worker, as recorded in Postgres and registered in Redis (admins)' });
