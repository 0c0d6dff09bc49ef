import type { z } from 'zod';
import type { PatientListItem } from './patients';
import type * as s from './schemas/engagement.schema';

/** What the digital programme reports about a patient (contract: Engagement data). */
export const ENGAGEMENT_EVENT_TYPES = ['login', 'module_started', 'module_completed', 'mood_rated', 'notification_sent', 'notification_dismissed'] as const;
export type EngagementEventType = (typeof ENGAGEMENT_EVENT_TYPES)[number];

/** Limits shared by the api, the simulator and the tests. */
export const ENGAGEMENT_LIMITS = {
  /** Events in one POST /api/engagement/events. */
  batchMax: 5_000,
  /** Mood ratings are 0 (worst) to 10 (best). */
  moodMin: 0,
  moodMax: 10,
  eventIdMaxLength: 100,
  moduleIdMaxLength: 100,
} as const;

export interface EngagementEventInput {
  /** The programme's id for the event; the same id twice is stored once. */
  eventId: string;
  patientRef: string;
  type: EngagementEventType;
  occurredAt: string;
  /** mood_rated: 0–10. */
  value?: number;
  /** module_started / module_completed: the programme's module id. */
  moduleId?: string;
}

export interface EngagementBatchRequest {
  events: EngagementEventInput[];
}

/** 202 once the batch is durable: new events stored, resent ones counted, unknown patients reported. */
export type EngagementBatchResult = z.output<typeof s.EngagementBatchResultSchema>;
/** What PUT /api/patients/:ref answers (201 when new, 200 when replaced). */
export type RegisteredPatient = z.output<typeof s.RegisteredPatientSchema>;

/** PUT /api/patients/:ref: the service's register entry for one patient (integration key). */
export type RegisterPatientRequest = z.input<typeof s.RegisterPatientRequestSchema>;

/** Flags a navigator acts on. */
export const FLAG_KINDS = ['no_login', 'mood_drop', 'no_mood', 'module_overdue', 'notification_burden'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Why a flag was probably raised: the programme failing the patient, or the patient drifting away. */
export const FLAG_CAUSES = ['technical', 'disengagement'] as const;
export type FlagCause = (typeof FLAG_CAUSES)[number];

export const FLAG_STATUSES = ['open', 'acknowledged', 'cleared'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** Per-service thresholds, editable by navigators. */
export type FlagThresholds = z.output<typeof s.FlagThresholdsSchema>;

export const DEFAULT_FLAG_THRESHOLDS: FlagThresholds = {
  noLoginDays: 7,
  moodDropPoints: 3,
  moodDropWindowDays: 7,
  noMoodDays: 5,
  burdenDismissals: 10,
  burdenWindowDays: 7,
};

export type PatientFlagView = z.output<typeof s.PatientFlagViewSchema>;
/** The caseload's engagement columns. */
export type EngagementSummary = Pick<PatientListItem, 'lastLoginAt' | 'modulesCompleted' | 'moodTrend' | 'flags'>;
export type MoodTrend = NonNullable<PatientListItem['moodTrend']>;
/** GET /api/patients/:ref/engagement?from&to */
export type PatientEngagement = z.output<typeof s.PatientEngagementSchema>;
/** The pre-session brief: what changed since the last session, readable in a minute. */
export type PreSessionBrief = z.output<typeof s.PreSessionBriefSchema>;
/** Who looked at a patient's data, and when (navigators). */
export type PatientAccessEntry = z.output<typeof s.PatientAccessEntrySchema>;

/** Caseload filters beyond paging: ids and enums only, never a patient ref in a query string. */
export const ACTIVITY_BANDS = ['recent', 'week', 'older', 'never'] as const;
/** recent ≤ 2 days, week ≤ 7 days, older > 7 days, never: no log-in on record. */
export type ActivityBand = (typeof ACTIVITY_BANDS)[number];

export const CASELOAD_SORTS = ['ref', 'last_login', 'mood_change', 'flags'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** A ticket about a patient, as the patient page lists it. */
export type PatientTicketSummary = z.output<typeof s.PatientTicketSummarySchema>;
export type AcknowledgeFlagRequest = z.input<typeof s.AcknowledgeFlagRequestSchema>;
