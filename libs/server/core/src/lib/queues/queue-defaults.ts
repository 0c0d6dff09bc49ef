import type { DefaultJobOptions } from 'bullmq';

/**
 * Every queue's defaults: 5 attempts with exponential backoff (2 s, 4 s, 8 s…); completed jobs kept a
 * day for inspection, failed ones two weeks so admins can see why.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 10_000 },
};
