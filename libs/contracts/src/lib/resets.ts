import type { z } from 'zod';
import type * as s from './schemas/resets.schema';

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

export const RESET_EVENT_TYPES = ['requested', 'duplicate_request', 'attempt_failed', 'sent', 'failed', 'ticket_opened', 'retried', 'completed', 'expired'] as const;
export type ResetEventType = (typeof RESET_EVENT_TYPES)[number];

/** Notification control: a navigator lowers a patient's reminders through the programme. */
export const NOTIFICATION_CHANGE_STATUSES = ['queued', 'applied', 'failed'] as const;
export type NotificationChangeStatus = (typeof NOTIFICATION_CHANGE_STATUSES)[number];

/*
 * Request and answer shapes: each is its zod schema in `schemas/resets.schema.ts` (the one source, also of the
 * server's validation and the OpenAPI document). A request is what a client sends (`z.input`), an answer what
 * it gets (`z.output`).
 */
export type CreateLoginResetRequest = z.input<typeof s.CreateLoginResetRequestSchema>;
/** GET /api/login-resets filters (all optional) and page. */
export type LoginResetListQuery = Omit<z.input<typeof s.LoginResetListQuerySchema>, 'limit' | 'cursor'>;
export type LoginResetEventView = z.output<typeof s.LoginResetEventViewSchema>;
export type LoginResetView = z.output<typeof s.LoginResetViewSchema>;
export type LoginResetDetail = z.output<typeof s.LoginResetDetailSchema>;
/** POST /api/login-resets answers 202 with a new reset, or 200 with the one already under way. */
export type CreatedLoginReset = z.output<typeof s.CreatedLoginResetSchema>;
export type CreateNotificationChangeRequest = z.input<typeof s.CreateNotificationChangeRequestSchema>;
export type NotificationChangeView = z.output<typeof s.NotificationChangeViewSchema>;
/** The programme's view of a patient's account, fetched on demand. */
export type ProgrammeAccountView = z.output<typeof s.ProgrammeAccountViewSchema>;
/** One row of the audit log about a reset: who did or read what, when. */
export type AuditTrailEntry = z.output<typeof s.AuditTrailEntrySchema>;
