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
export interface EngagementBatchResult {
  accepted: number;
  duplicates: number;
  /** Events whose patient this service's register does not hold: reported by index, never stored. */
  unknownPatients: { index: number; patientRef: string }[];
}

/** PUT /api/patients/:ref: the service's register entry for one patient (integration key). */
export interface RegisterPatientRequest {
  pwpId: string;
  /** `attended`: whether the patient came (records feed); left out while not known. */
  sessions: { startsAt: string; mode: 'face_to_face' | 'online'; attended?: boolean }[];
  mandatoryModules?: string[];
}

/** Flags a navigator acts on. */
export const FLAG_KINDS = ['no_login', 'mood_drop', 'no_mood', 'module_overdue', 'notification_burden'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Why a flag was probably raised: the programme failing the patient, or the patient drifting away. */
export const FLAG_CAUSES = ['technical', 'disengagement'] as const;
export type FlagCause = (typeof FLAG_CAUSES)[number];

export const FLAG_STATUSES = ['open', 'acknowledged', 'cleared'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** Per-service thresholds, editable by navigators. */
export interface FlagThresholds {
  /** no_login: days without a log-in. */
  noLoginDays: number;
  /** mood_drop: fall in mood (points) within `moodDropWindowDays`. */
  moodDropPoints: number;
  moodDropWindowDays: number;
  /** no_mood: days without a mood rating. */
  noMoodDays: number;
  /** notification_burden: dismissals within `burdenWindowDays`. */
  burdenDismissals: number;
  burdenWindowDays: number;
}

export const DEFAULT_FLAG_THRESHOLDS: FlagThresholds = {
  noLoginDays: 7,
  moodDropPoints: 3,
  moodDropWindowDays: 7,
  noMoodDays: 5,
  burdenDismissals: 10,
  burdenWindowDays: 7,
};

export interface PatientFlagView {
  id: string;
  patientRef: string;
  kind: FlagKind;
  cause: FlagCause;
  status: FlagStatus;
  /** Plain words for the navigator, e.g. "No log-in for 9 days (last 17 Nov, right after app 4.3.0)". */
  detail: string;
  raisedAt: string;
  clearedAt: string | null;
}

/** The caseload's engagement columns. */
export interface MoodTrend {
  latest: number;
  /** Latest rating minus the rating about a week before; null with too few ratings. */
  change: number | null;
}

export interface EngagementSummary {
  lastLoginAt: string | null;
  modulesCompleted: number;
  moodTrend: MoodTrend | null;
  flags: FlagKind[];
}

/** GET /api/patients/:ref/engagement?from&to */
export interface PatientEngagement {
  patientRef: string;
  from: string;
  to: string;
  mood: { at: string; value: number }[];
  logins: string[];
  modules: { moduleId: string; startedAt: string | null; completedAt: string | null; mandatory: boolean }[];
  notifications: { sent: number; dismissed: number };
  /** One row per day with any activity (from the rollup). */
  daily: { day: string; logins: number; moodAvg: number | null; notificationsSent: number; notificationsDismissed: number }[];
}

/** The pre-session brief: what changed since the last session, readable in a minute. */
export interface PreSessionBrief {
  patientRef: string;
  session: { number: number; startsAt: string; mode: 'face_to_face' | 'online' };
  /** The previous session's start (or the first event) — what "since" means below. */
  since: string;
  preparedAt: string;
  modules: { completed: string[]; started: string[]; overdueMandatory: string[] };
  mood: { latest: number | null; min: number | null; max: number | null; change: number | null; ratings: number };
  logins: { count: number; daysActive: number; longestGapDays: number; lastLoginAt: string | null };
  notifications: { sent: number; dismissed: number };
  flags: PatientFlagView[];
  openTickets: { id: string; reference: string; title: string; status: string }[];
  resets: { id: string; status: string; createdAt: string }[];
  /** Tailoring requests still open, or decided since the previous session. Older briefs may lack it. */
  tailoring?: { id: string; action: string; moduleId: string; moduleTitle: string; replacementModuleTitle: string | null; status: string; decisionNote: string | null }[];
}

/** Who looked at a patient's data, and when (navigators). */
export interface PatientAccessEntry {
  at: string;
  actor: string;
  role: string | null;
  action: string;
}

/** Caseload filters beyond paging: ids and enums only, never a patient ref in a query string. */
export const ACTIVITY_BANDS = ['recent', 'week', 'older', 'never'] as const;
/** recent ≤ 2 days, week ≤ 7 days, older > 7 days, never: no log-in on record. */
export type ActivityBand = (typeof ACTIVITY_BANDS)[number];

export const CASELOAD_SORTS = ['ref', 'last_login', 'mood_change', 'flags'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** A ticket about a patient, as the patient page lists it. */
export interface PatientTicketSummary {
  id: string;
  reference: string;
  title: string;
  status: string;
  category: string | null;
  createdAt: string;
}

export interface AcknowledgeFlagRequest {
  note: string;
}
