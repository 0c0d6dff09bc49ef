/** The digital programme's admin API, as Navdesk's programme client and the simulator speak it. */
export const ACCOUNT_STATUSES = ['active', 'locked'] as const;
export type ProgrammeAccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const REMINDER_FREQUENCIES = ['daily', 'every_2_days', 'every_3_days', 'weekly', 'off'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];

export interface NotificationSettings {
  reminderFrequency: ReminderFrequency;
  /** Local times 'HH:MM'; null when the patient has none. */
  quietHours: { from: string; to: string } | null;
}

export interface ProgrammeAccount {
  patientRef: string;
  status: ProgrammeAccountStatus;
  lastLoginAt: string | null;
  appVersion: string;
  device: string;
  notificationSettings: NotificationSettings;
}

export interface PasswordResetRequest {
  channel: 'email' | 'sms';
  /** Navdesk's reset id, so a retried request sends one message, not two. */
  requestId: string;
}

export interface PasswordResetReceipt {
  requestId: string;
  sentAt: string;
  channel: 'email' | 'sms';
}

export interface ProgrammeFaults {
  /** Share of requests answered 500 (0–1). */
  errorRate: number;
  /** Added to every request, in milliseconds. */
  latencyMs: number;
  /** When true every API request is answered 503. */
  down: boolean;
}
