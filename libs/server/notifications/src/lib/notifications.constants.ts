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
