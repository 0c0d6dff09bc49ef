/** Tailoring: a PWP asks to skip, replace or add a programme module for one patient; a navigator decides. */

export const TAILORING_ACTIONS = ['skip', 'replace', 'add'] as const;
export type TailoringAction = (typeof TAILORING_ACTIONS)[number];

export const TAILORING_DECISIONS = ['approved', 'declined'] as const;
export type TailoringDecision = (typeof TAILORING_DECISIONS)[number];

/** pending → declined, or pending → queued (approved) → applied | failed (a ticket is opened). */
export const TAILORING_STATUSES = ['pending', 'declined', 'queued', 'applied', 'failed'] as const;
export type TailoringStatus = (typeof TAILORING_STATUSES)[number];

export interface CreateTailoringRequest {
  patientRef: string;
  moduleId: string;
  action: TailoringAction;
  /** The module to take instead: required for `replace`. */
  replacementModuleId?: string;
  reason: string;
}

export interface DecideTailoringRequest {
  version: number;
  decision: TailoringDecision;
  note: string;
}

export interface TailoringRequestView {
  id: string;
  patientRef: string;
  serviceId: string;
  action: TailoringAction;
  moduleId: string;
  moduleTitle: string;
  replacementModuleId: string | null;
  replacementModuleTitle: string | null;
  reason: string;
  status: TailoringStatus;
  requestedBy: { id: string; name: string };
  createdAt: string;
  decidedBy: { id: string; name: string } | null;
  decisionNote: string | null;
  decidedAt: string | null;
  appliedAt: string | null;
  /** Set when a later records feed made an applied change pointless (e.g. a skipped module is no longer in the plan). */
  mootAt: string | null;
  mootReason: string | null;
  attempts: number;
  lastError: string | null;
  ticket: { id: string; reference: string } | null;
  version: number;
}

/** Applying an approved change: the programme plan after it. */
export interface ProgrammePlanChange {
  /** Navdesk's request id, so a retried call changes the plan once. */
  requestId: string;
  action: TailoringAction;
  moduleId: string;
  replacementModuleId: string | null;
}
