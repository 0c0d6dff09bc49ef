import type { DefaultJobOptions } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, typedQueue } from '@navdesk/server/core';

export const MAIL_QUEUE = 'mail';

export const MAIL_JOBS = { welcomeUser: 'welcome-user', passwordReset: 'password-reset' } as const satisfies Record<string, keyof MailJobs>;
export type MailJobName = (typeof MAIL_JOBS)[keyof typeof MAIL_JOBS];

export interface WelcomeUserJob {
  userId: string;
}

/** The `password_reset_tokens` row to send a link for; the token itself is made by the worker, never queued. */
export interface PasswordResetJob {
  resetId: string;
}

/** The mail queue's jobs: name → payload, shared by the producer and the processor. */
export interface MailJobs {
  'welcome-user': WelcomeUserJob;
  'password-reset': PasswordResetJob;
}
export const MAIL = typedQueue<MailJobs>(MAIL_QUEUE);

export const MAIL_JOB_OPTIONS: DefaultJobOptions = { ...DEFAULT_JOB_OPTIONS, attempts: 8 };
