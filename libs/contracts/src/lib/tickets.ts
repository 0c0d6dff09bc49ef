import type { z } from 'zod';
import type * as s from './schemas/tickets.schema';

/** Tickets: tech-support requests and usability incidents (contract: Tickets). */
export const TICKET_KINDS = ['tech_support', 'usability_incident'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_STATUSES = ['new', 'triaged', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
/** Statuses in which a ticket still needs work (the SLA clock runs, except while waiting on the reporter). */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = ['new', 'triaged', 'in_progress', 'waiting_on_reporter'];

export const TICKET_CATEGORIES = ['login_access', 'notifications', 'app_crash', 'module_content', 'data_sync', 'accessibility', 'other'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/** The study's four themes; every ticket and incident carries one. */
export const THEMES = ['time', 'functionality', 'flexibility', 'confidence'] as const;
export type Theme = (typeof THEMES)[number];

export const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FIXABILITIES = ['unknown', 'fixable', 'not_fixable'] as const;
export type Fixability = (typeof FIXABILITIES)[number];

export const CATEGORY_LABELS: Record<TicketCategory, string> = {
  login_access: 'Log-in and access',
  notifications: 'Notifications',
  app_crash: 'App crash',
  module_content: 'Module content',
  data_sync: 'Data sync',
  accessibility: 'Accessibility',
  other: 'Other',
};

export const THEME_LABELS: Record<Theme, string> = {
  time: 'Experience of time',
  functionality: 'Functionality',
  flexibility: 'Flexibility to tailor',
  confidence: 'Confidence',
};

export const STATUS_LABELS: Record<TicketStatus, string> = {
  new: 'New',
  triaged: 'Triaged',
  in_progress: 'In progress',
  waiting_on_reporter: 'Waiting on reporter',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const TIMELINE_TYPES = ['created', 'triaged', 'reply', 'internal_note', 'status_changed', 'assigned', 'field_changed', 'incident_linked', 'breached', 'feedback', 'risk_flagged'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

/*
 * Request and answer shapes: each is its zod schema in `schemas/tickets.schema.ts` (the one source, also of the
 * server's validation and the OpenAPI document). A request is what a client sends (`z.input`), an answer what
 * it gets (`z.output`).
 */
export type CreateTicketRequest = z.input<typeof s.CreateTicketRequestSchema>;
export type TicketFeedback = z.output<typeof s.TicketFeedbackSchema>;
export type TicketView = z.output<typeof s.TicketViewSchema>;
export type CreatedTicket = z.output<typeof s.CreatedTicketSchema>;
export type TimelineEntry = z.output<typeof s.TimelineEntrySchema>;
export type TicketDetail = z.output<typeof s.TicketDetailSchema>;
export type UpdateTicketRequest = z.input<typeof s.UpdateTicketRequestSchema>;
export type BulkAssignRequest = z.input<typeof s.BulkAssignRequestSchema>;
export type BulkAssignResult = z.output<typeof s.BulkAssignResultSchema>;
export type CreateCommentRequest = z.input<typeof s.CreateCommentRequestSchema>;
export type TicketFeedbackRequest = z.input<typeof s.TicketFeedbackRequestSchema>;
/** GET /api/tickets filters (all optional) and page. */
export type TicketListQuery = Omit<z.input<typeof s.TicketListQuerySchema>, 'limit' | 'cursor'>;
