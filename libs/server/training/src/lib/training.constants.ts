import type { DefaultJobOptions } from 'bullmq';
import {
  DEFAULT_JOB_OPTIONS,
  typedQueue,
  type NoPayload,
  type ScheduleRepeat,
} from '@navdesk/server/core';

export const TRAINING_QUEUE = 'training';

export const TRAINING_JOBS = {
  sessionReminders: 'session-reminders',
} as const satisfies Record<string, keyof TrainingJobs>;

/** The training queue's jobs: name → payload, shared by the schedule and the processor. */
export interface TrainingJobs {
  'session-reminders': NoPayload;
}
export const TRAINING = typedQueue<TrainingJobs>(TRAINING_QUEUE);

export const TRAINING_JOB_OPTIONS: DefaultJobOptions = {
  ...DEFAULT_JOB_OPTIONS,
};

/**
 * Reminders for tomorrow's sessions go out from 08:05 London time, and each hour until 20:05 catches a
 * session, booking or invitation made later in the day; nobody is e-mailed at night, nor twice.
 */
export const SESSION_REMINDERS_SCHEDULE: ScheduleRepeat = {
  pattern: '5 8-20 * * *',
  tz: 'Europe/London',
};
