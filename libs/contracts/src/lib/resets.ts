import type { NotificationSettings, ProgrammeAccount, ReminderFrequency } from './programme';

/** A log-in reset asked of the digital programme, tracked until the patient is back in. */
export const RESET_STATUSES = ['queued', 'sent', 'failed', 'expired', 'completed'] as const;
export type ResetStatus = (typeof RESET_STATUSES)[number];

export const RESET_CHANNELS = ['email', 'sms'] as const;
export type ResetChannel = (typeof RESET_CHANNELS)[number];

/** Limits shared by the api, the worker and the console's wording. */
export const RESET_LIMITS = {
  /** Resets one patient may be sent in any rolling hour. */
  perPatientPerHour: 3,
  /** Calls to the programme before a reset is failed (and a ticket opened). */
  attempts: 5,
  /** A sent reset the patient has not used within this long is expired. */
  expiryHours: 72,
} as const;

export interface CreateLoginResetRequest {
  patientRef: string;
  channel: ResetChannel;
}

export const RESET_EVENT_TYPES = ['requested', 'duplicate_request', 'attempt_failed', 'sent', 'failed', 'ticket_opened', 'retried', 'completed', 'expired'] as const;
export type ResetEventType = (typeof RESET_EVENT_TYPES)[number];

export interface LoginResetEventView {
  at: string;
  type: ResetEventType;
  detail: string | null;
  actorName: string | null;
}

export interface LoginResetView {
  id: string;
  patientRef: string;
  serviceId: string;
  channel: ResetChannel;
  status: ResetStatus;
  /** Calls made to the programme so far. */
  attempts: number;
  lastError: string | null;
  requestedBy: { id: string; name: string };
  createdAt: string;
  sentAt: string | null;
  /** When a sent reset expires if the patient has not logged in. */
  expiresAt: string | null;
  completedAt: string | null;
  failedAt: string | null;
  expiredAt: string | null;
  /** The tech-support ticket opened when the reset failed. */
  ticket: { id: string; reference: string } | null;
}

export interface LoginResetDetail extends LoginResetView {
  timeline: LoginResetEventView[];
}

/** POST /api/login-resets answers 202 with a new reset, or 200 with the one already under way. */
export interface CreatedLoginReset extends LoginResetView {
  duplicate: boolean;
}

/** Notification control: a navigator lowers a patient's reminders through the programme. */
export const NOTIFICATION_CHANGE_STATUSES = ['queued', 'applied', 'failed'] as const;
export type NotificationChangeStatus = (typeof NOTIFICATION_CHANGE_STATUSES)[number];

export interface CreateNotificationChangeRequest {
  reminderFrequency: ReminderFrequency;
  /** Local times 'HH:MM'; null or absent for none. */
  quietHours?: { from: string; to: string } | null;
  reason: string;
}

export interface NotificationChangeView {
  id: string;
  patientRef: string;
  serviceId: string;
  status: NotificationChangeStatus;
  settings: NotificationSettings;
  reason: string;
  attempts: number;
  lastError: string | null;
  requestedBy: { id: string; name: string };
  createdAt: string;
  appliedAt: string | null;
}

/** The programme's view of a patient's account, fetched on demand. */
export interface ProgrammeAccountView extends ProgrammeAccount {
  fetchedAt: string;
}

/** One row of the audit log about a reset: who did or read what, when. */
export interface AuditTrailEntry {
  at: string;
  action: string;
  outcome: string;
  actor: string | null;
  actorType: string;
}
