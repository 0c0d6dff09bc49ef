import type { DefaultJobOptions } from 'bullmq';
import { RESET_LIMITS } from '@navdesk/contracts';
import { DEFAULT_JOB_OPTIONS, typedQueue, type NoPayload } from '@navdesk/server/core';

/** Everything Navdesk asks of the digital programme goes through this queue. */
export const PROGRAMME_QUEUE = 'programme';

export const PROGRAMME_JOBS = {
  sendReset: 'send-reset',
  applyNotificationChange: 'apply-notification-change',
  trackResets: 'track-resets',
} as const satisfies Record<string, keyof ProgrammeJobs>;

/** Ids only: the worker reads the patient's ref from Postgres, never from Redis. */
export interface SendResetJob {
  resetId: string;
  round: number;
}
export interface NotificationChangeJob {
  changeId: string;
}

/** The programme queue's jobs: name → payload, shared by the producers, the schedule and the processor. */
export interface ProgrammeJobs {
  'send-reset': SendResetJob;
  'apply-notification-change': NotificationChangeJob;
  'track-resets': NoPayload;
}
export const PROGRAMME = typedQueue<ProgrammeJobs>(PROGRAMME_QUEUE);

/** Five calls with exponential backoff (base from RESETS_RETRY_DELAY_MS: 10 s → 10, 20, 40, 80 s). */
export function programmeJobOptions(retryDelayMs: number): DefaultJobOptions {
  return { ...DEFAULT_JOB_OPTIONS, attempts: RESET_LIMITS.attempts, backoff: { type: 'exponential', delay: retryDelayMs } };
}
