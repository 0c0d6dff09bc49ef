export const MAINTENANCE_QUEUE = 'maintenance';

export const MAINTENANCE_JOBS = { pruneSessions: 'prune-sessions' } as const;

/** Ended sessions are kept this long (for the audit trail's session ids), then deleted. */
export const SESSION_RETENTION_DAYS = 30;
