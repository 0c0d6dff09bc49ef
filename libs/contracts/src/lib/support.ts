import type { z } from 'zod';
import type * as n from './schemas/notifications.schema';
import type * as sp from './schemas/support.schema';

/** A navigator's reusable reply. */
export type CannedReplyView = z.output<typeof sp.CannedReplyViewSchema>;

export type CreateCannedReplyRequest = z.input<typeof sp.CreateCannedReplyRequestSchema>;

/** A short knowledge-base article that may answer a question before a ticket is raised. */
export type KbArticleView = z.output<typeof sp.KbArticleViewSchema>;

export type CreateKbArticleRequest = z.input<typeof sp.CreateKbArticleRequestSchema>;

/** POST /api/kb/articles/:id/opened: the article was opened from the raise-an-issue form. */
export type KbArticleOpenedRequest = z.input<typeof sp.KbArticleOpenedRequestSchema>;

export const NOTIFICATION_TYPES = ['assigned', 'reply', 'breach', 'resolved', 'risk', 'waiting_on_you', 'reset_failed', 'training_invitation', 'training_booking', 'tailoring_decided', 'tailoring_applied', 'tailoring_failed', 'tailoring_moot', 'training_reminder'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The bell's shapes: each is its zod schema in `schemas/notifications.schema.ts`. */
export type NotificationView = z.output<typeof n.NotificationViewSchema>;
export type NotificationSummary = z.output<typeof n.NotificationSummarySchema>;
/** `POST /api/notifications/read`: some notifications by id, or all of them. */
export type MarkNotificationsReadRequest = z.input<typeof n.MarkNotificationsReadRequestSchema>;

/**
 * Every live event type, the one list both the api (publisher) and the console (stream parser)
 * derive their types from: a type added here is published and parsed, or fails to compile/test.
 */
export const LIVE_EVENT_TYPES = [
  'ticket.changed',
  'incident.changed',
  'notification.created',
  'reset.changed',
  'notification-change.changed',
  'patient.changed',
  'training.changed',
  'tailoring.changed',
] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** Whether a value is one of the live event types. */
export function isLiveEventType(value: unknown): value is LiveEventType {
  return typeof value === 'string' && (LIVE_EVENT_TYPES as readonly string[]).includes(value);
}

/** Server-sent events on GET /api/events/stream: ids only; the console refetches what changed. */
export interface LiveEvent {
  type: LiveEventType;
  id: string;
  serviceId: string | null;
  at: string;
}

/** Who may receive a live event: navigators and managers of the service, and the people named. */
export interface LiveEventAudience {
  serviceId: string | null;
  userIds: string[];
}

/** Admins: jobs that failed for good, with their reason. */
export type FailedJobView = z.output<typeof sp.FailedJobViewSchema>;

/** Admins: messages handed to the e-mail transport (the development mailbox). */
export type OutboundEmailView = z.output<typeof sp.OutboundEmailViewSchema>;

export type NavigatorView = z.output<typeof sp.NavigatorViewSchema>;
