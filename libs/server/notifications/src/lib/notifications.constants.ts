import { typedQueue } from '@navdesk/server/core';

export const NOTIFICATIONS_QUEUE = 'notifications';
export const NOTIFICATION_JOBS = { email: 'email' } as const satisfies Record<string, keyof NotificationJobs>;

/**
 * The e-mails of the notifications one transaction created, in one job (a triage batch's assignments: one
 * job rather than one each, which halved the worker's BullMQ jobs). Jobs queued before this shape carry
 * `{ notificationId }`; the processor still sends those (see emailJobIds).
 */
export interface NotificationEmailJob {
  notificationIds: readonly string[];
}

/** At most this many notifications' e-mails in one job. */
export const NOTIFICATION_EMAILS_PER_JOB = 100;

/** The notifications queue's jobs: name → payload, shared by the producer and the processor. */
export interface NotificationJobs {
  email: NotificationEmailJob;
}
export const NOTIFICATIONS = typedQueue<NotificationJobs>(NOTIFICATIONS_QUEUE);

/**
 * E-mail jobs by group commit: the e-mails of the jobs running together, up to `emails` of them gathered
 * for `waitMs`, share one look-up and one insert, and `inFlight` batches run at once; the processor runs
 * `jobs` × `inFlight` jobs at once. The cap counts e-mails, not jobs: at 16 a triage batch's one job of
 * 20–30 assignments split into two batches (bench:queues: more e-mail statements than triage ones).
 * An e-mail can wait 20 ms to share its statements with the next jobs'.
 */
export const NOTIFICATION_EMAIL_BATCH = { waitMs: 20, jobs: 16, emails: 400, inFlight: 2 } as const;
