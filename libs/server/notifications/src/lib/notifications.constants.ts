import { typedQueue } from '@navdesk/server/core';

export const NOTIFICATIONS_QUEUE = 'notifications';
export const NOTIFICATION_JOBS = { email: 'email' } as const satisfies Record<string, keyof NotificationJobs>;

export interface NotificationEmailJob {
  notificationId: string;
}

/** The notifications queue's jobs: name → payload, shared by the producer and the processor. */
export interface NotificationJobs {
  email: NotificationEmailJob;
}
export const NOTIFICATIONS = typedQueue<NotificationJobs>(NOTIFICATIONS_QUEUE);

/**
 * E-mail jobs by group commit: up to `max` jobs waiting `waitMs` share one look-up and one insert, and
 * `inFlight` batches run at once (the processor's concurrency is their product).
 */
export const NOTIFICATION_EMAIL_BATCH = { waitMs: 2, max: 16, inFlight: 2 } as const;
