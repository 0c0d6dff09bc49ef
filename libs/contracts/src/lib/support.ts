import type { TicketCategory } from './tickets';

/** A navigator's reusable reply. */
export interface CannedReplyView {
  id: string;
  title: string;
  body: string;
  serviceId: string | null;
  createdById: string;
}

export interface CreateCannedReplyRequest {
  title: string;
  body: string;
  serviceId?: string;
}

/** A short knowledge-base article that may answer a question before a ticket is raised. */
export interface KbArticleView {
  id: string;
  title: string;
  summary: string;
  body: string;
  category: TicketCategory;
  tags: string[];
  updatedAt: string;
}

export interface CreateKbArticleRequest {
  title: string;
  summary: string;
  body: string;
  category: TicketCategory;
  tags?: string[];
}

/** POST /api/kb/articles/:id/opened: the article was opened from the raise-an-issue form. */
export interface KbArticleOpenedRequest {
  draftId: string;
}

export const NOTIFICATION_TYPES = ['assigned', 'reply', 'breach', 'resolved', 'risk', 'waiting_on_you', 'reset_failed', 'training_invitation', 'training_booking', 'tailoring_decided', 'tailoring_applied', 'tailoring_failed', 'tailoring_moot', 'training_reminder'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface NotificationView {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  ticketId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationSummary {
  unread: number;
}

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
export interface FailedJobView {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  finishedAt: string | null;
}

/** Admins: messages handed to the e-mail transport (the development mailbox). */
export interface OutboundEmailView {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  transport: string;
  createdAt: string;
}

export interface NavigatorView {
  id: string;
  name: string;
  email: string;
  serviceIds: string[];
}
