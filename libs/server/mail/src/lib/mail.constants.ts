import type { DefaultJobOptions } from 'bullmq';
import { DEFAULT_JOB_OPTIONS } from '@navdesk/server/core';

export const MAIL_QUEUE = 'mail';

export const MAIL_JOBS = { welcomeUser: 'welcome-user' } as const;
export type MailJobName = (typeof MAIL_JOBS)[keyof typeof MAIL_JOBS];

export interface WelcomeUserJob {
  userId: string;
}

export const MAIL_JOB_OPTIONS: DefaultJobOptions = { ...DEFAULT_JOB_OPTIONS, attempts: 8 };
