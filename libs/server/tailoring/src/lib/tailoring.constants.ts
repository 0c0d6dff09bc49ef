import type { DefaultJobOptions } from 'bullmq';
import { RESET_LIMITS } from '@navdesk/contracts';
import { DEFAULT_JOB_OPTIONS, typedQueue } from '@navdesk/server/core';

/** Approved tailoring changes, applied through the programme. */
export const TAILORING_QUEUE = 'tailoring';

export const TAILORING_JOBS = {
  apply: 'apply-tailoring',
} as const satisfies Record<string, keyof TailoringJobs>;

/** Ids only: the worker reads the patient's ref from Postgres, never from Redis. */
export interface ApplyTailoringJob {
  requestId: string;
  round: number;
}

/** The tailoring queue's jobs: name → payload, shared by the producer and the processor. */
export interface TailoringJobs {
  'apply-tailoring': ApplyTailoringJob;
}
export const TAILORING = typedQueue<TailoringJobs>(TAILORING_QUEUE);

/** Retried like resets: the same number of calls and backoff (RESETS_RETRY_DELAY_MS is the programme's retry base). */
export function tailoringJobOptions(retryDelayMs: number): DefaultJobOptions {
  return { ...DEFAULT_JOB_OPTIONS, attempts: RESET_LIMITS.attempts, backoff: { type: 'exponential', delay: retryDelayMs } };
}

/** The programme sees one request id per round, so a retried call changes the plan once. */
export function planRequestId(requestId: string, round: number): string {
  return `${requestId}:${round}`;
}
