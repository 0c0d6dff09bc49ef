import type { DefaultJobOptions } from 'bullmq';
import { DEFAULT_JOB_OPTIONS } from '@navdesk/server/core';

export const MAIL_QUEUE = 'mail';

export const MAIL_JOBS = { welcomeUser: 'welcome-user', passwordReset: 'password-reset' } as const;
export type MailJobName = (typeof MAIL_JOBS)[keyof typeof MAIL_JOBS];

export interface WelcomeUserJob {
  userId: string;
}

/** The `password_reset_tokens` row to send a link for; the token itself is made by the worker, never queued. */
export interface PasswordResetJob {
  resetId: string;
}

export const MAIL_JOB_OPTIONS: DefaultJobOptions = { ...DEFAULT_JOB_OPTIONS, attempts: 8 };
