import type { NoPayload } from '@navdesk/server/core';

export const MAINTENANCE_QUEUE = 'maintenance';

export const MAINTENANCE_JOBS = { pruneSessions: 'prune-sessions' } as const satisfies Record<string, keyof MaintenanceJobs>;

/** The maintenance queue's jobs: schedules only, so no payloads. */
export interface MaintenanceJobs {
  'prune-sessions': NoPayload;
}

/** Ended sessions are kept this long (for the audit trail's session ids), then deleted. */
export const SESSION_RETENTION_DAYS = 30;
