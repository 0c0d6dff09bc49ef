import { DEFAULT_JOB_OPTIONS, typedQueue, type NoPayload } from '@navdesk/server/core';

/** Report rollups, exports and the weekly digest. */
export const REPORTS_QUEUE = 'reports';

export const REPORTS_JOBS = {
  refreshRollups: 'refresh-rollups',
  reconcileRollups: 'reconcile-rollups',
  buildExport: 'build-export',
  weeklyDigest: 'weekly-digest',
  purgeExpiredExports: 'purge-expired-exports',
} as const satisfies Record<string, keyof ReportsJobs>;

/** Ids only. */
export interface BuildExportJob {
  exportId: string;
}

/** The reports queue's jobs: name → payload, shared by the producers, the schedules and the processor. */
export interface ReportsJobs {
  'refresh-rollups': NoPayload;
  'reconcile-rollups': NoPayload;
  'build-export': BuildExportJob;
  'weekly-digest': NoPayload;
  'purge-expired-exports': NoPayload;
}
export const REPORTS = typedQueue<ReportsJobs>(REPORTS_QUEUE);

export const REPORTS_JOB_OPTIONS = { ...DEFAULT_JOB_OPTIONS, attempts: 3, backoff: { type: 'exponential', delay: 2_000 } };

/** Monday 08:00 in London, whatever the clocks are doing. */
export const WEEKLY_DIGEST_SCHEDULE = { pattern: '0 8 * * 1', tz: 'Europe/London' };
export const NIGHTLY_RECONCILIATION_SCHEDULE = { pattern: '40 3 * * *', tz: 'Europe/London' };

/** How often the files of exports whose link expired are deleted: an expired file lingers at most this long. */
export const EXPORT_PURGE_SCHEDULE = { every: 5 * 60_000 };
/** An expired export's row (no file) answers 410 this long, then is deleted and the link answers 404. */
export const EXPORT_TOMBSTONE_DAYS = 30;
