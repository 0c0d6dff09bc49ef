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

export interface CreateTicketRequest {
  kind: TicketKind;
  title: string;
  description: string;
  serviceId: string;
  category?: TicketCategory;
  patientRef?: string;
  severity?: Severity;
  /** Client-made id of the raise-an-issue form, linking knowledge-base articles opened while typing. */
  draftId?: string;
}

export interface TicketFeedback {
  solved: boolean;
  disruptedTherapy: boolean;
  answeredAt: string;
}

export interface TicketView {
  id: string;
  reference: string;
  kind: TicketKind;
  status: TicketStatus;
  /** As typed for the reporter and the service's navigators; with identifiers masked for everyone else (see `textMasked`). */
  title: string;
  description: string;
  /** True when `title` and `description` are the masked rendition (managers). */
  textMasked?: boolean;
  serviceId: string;
  reporterId: string;
  reporterName: string;
  patientRef: string | null;
  severity: Severity;
  category: TicketCategory | null;
  theme: Theme | null;
  priority: Priority | null;
  slaDueAt: string | null;
  /** True once the SLA sweep has found the ticket past due. */
  breached: boolean;
  assigneeId: string | null;
  assigneeName: string | null;
  incidentId: string | null;
  fixability: Fixability;
  /** The text suggests risk to a patient: not a tech matter; the service's risk protocol applies. */
  riskFlag: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  feedback: TicketFeedback | null;
}

/** What POST /api/tickets answers: the ticket plus, when risk is suspected, what to do now. */
export interface CreatedTicket extends TicketView {
  riskNotice: string | null;
}

export const TIMELINE_TYPES = ['created', 'triaged', 'reply', 'internal_note', 'status_changed', 'assigned', 'field_changed', 'incident_linked', 'breached', 'feedback', 'risk_flagged'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface TimelineEntry {
  id: string;
  at: string;
  type: TimelineType;
  actorId: string | null;
  actorName: string | null;
  /** Managers never get replies or internal notes; the bodies they do get are masked. */
  body: string | null;
  field: string | null;
  from: string | null;
  to: string | null;
}

export interface TicketDetail extends TicketView {
  timeline: TimelineEntry[];
}

export interface UpdateTicketRequest {
  version: number;
  status?: TicketStatus;
  assigneeId?: string | null;
  priority?: Priority;
  category?: TicketCategory;
  theme?: Theme;
  fixability?: Fixability;
  incidentId?: string | null;
}

export interface BulkAssignRequest {
  ticketIds: string[];
  assigneeId: string;
}

export interface CreateCommentRequest {
  body: string;
  /** Internal notes are for navigators only and never reach a PWP. */
  internal?: boolean;
}

export interface TicketFeedbackRequest {
  solved: boolean;
  disruptedTherapy: boolean;
}

/** GET /api/tickets filters (all optional); `q` searches reference, title and description. */
export interface TicketListQuery {
  /** One status or several (any of them); sent as `status=new&status=triaged` or `status=new,triaged`. */
  status?: TicketStatus | readonly TicketStatus[];
  kind?: TicketKind;
  category?: TicketCategory;
  theme?: Theme;
  priority?: Priority;
  assigneeId?: string;
  breached?: boolean;
  serviceId?: string;
  q?: string;
  /** `mine`: tickets the caller reported (default for PWPs). */
  scope?: 'mine' | 'all';
}
