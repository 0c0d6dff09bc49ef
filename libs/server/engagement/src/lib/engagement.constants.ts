import type { NoPayload } from '@navdesk/server/core';

export const ENGAGEMENT_QUEUE = 'engagement';

export const ENGAGEMENT_JOBS = {
  /** Rollups of dirty days, then re-evaluation of dirty patients, then their briefs. */
  process: 'process-engagement',
  /** Monthly partitions prepared three months ahead. */
  partitions: 'prepare-partitions',
  /** Every patient re-evaluated (silence-based flags) and every upcoming brief prepared. */
  nightly: 'nightly-engagement',
  /** Briefs for sessions entering the two-working-day window. */
  briefs: 'prepare-briefs',
} as const satisfies Record<string, keyof EngagementJobs>;

/** The engagement queue's jobs: schedules only, so no payloads. */
export interface EngagementJobs {
  'process-engagement': NoPayload;
  'prepare-partitions': NoPayload;
  'nightly-engagement': NoPayload;
  'prepare-briefs': NoPayload;
}
