import { z } from 'zod';
import { ACTIVITY_BANDS, CASELOAD_SORTS, FLAG_CAUSES, FLAG_KINDS, FLAG_STATUSES } from '../engagement';
import { SESSION_MODES } from '../patients';
import { calendarTime, isoDate, isoDateTime, PageQuerySchema, wrongType } from './common.schema';

export const EngagementBatchResultSchema = z
  .strictObject({
    accepted: z.int().meta({ description: 'New events stored' }),
    duplicates: z.int().meta({ description: 'Events whose eventId was already stored (stored once)' }),
    unknownPatients: z
      .array(z.strictObject({ index: z.int(), patientRef: z.string() }))
      .meta({ description: 'Events whose patient this service’s register does not hold: reported by index, never stored' }),
  })
  .meta({ id: 'EngagementBatchResult', description: '202 once the batch is durable: new events stored, resent ones counted, unknown patients reported' });

export const RegisteredPatientSchema = z
  .strictObject({ patientRef: z.string(), created: z.boolean().meta({ description: 'True when the register did not hold the patient before (201)' }) })
  .meta({ id: 'RegisteredPatient' });

const obj = z.strictObject;
const mode = z.enum(SESSION_MODES);

export const FlagThresholdsSchema = obj({
  noLoginDays: z.int().min(1).max(60).meta({ description: 'no_login: days without a log-in' }),
  moodDropPoints: z.int().min(1).max(10).meta({ description: 'mood_drop: fall in mood (points) within moodDropWindowDays' }),
  moodDropWindowDays: z.int().min(1).max(60),
  noMoodDays: z.int().min(1).max(60).meta({ description: 'no_mood: days without a mood rating' }),
  burdenDismissals: z.int().min(1).max(100).meta({ description: 'notification_burden: dismissals within burdenWindowDays' }),
  burdenWindowDays: z.int().min(1).max(60),
}).meta({ id: 'FlagThresholds', description: 'Per-service thresholds, editable by navigators' });

/** PUT body of the thresholds: the same fields, as a request (no component id: see common.schema.ts). */
export const FlagThresholdsRequestSchema = obj(FlagThresholdsSchema.shape);

export const PatientFlagViewSchema = obj({
  id: z.guid(),
  patientRef: z.string(),
  kind: z.enum(FLAG_KINDS),
  cause: z.enum(FLAG_CAUSES),
  status: z.enum(FLAG_STATUSES),
  detail: z.string().meta({ description: 'Plain words for the navigator, e.g. "No log-in for 9 days (last 17 Nov, right after app 4.3.0)"' }),
  raisedAt: isoDateTime(),
  clearedAt: isoDateTime().nullable(),
}).meta({ id: 'PatientFlagView' });

const plannedSession = obj({
  number: z.int(),
  startsAt: isoDateTime(),
  mode,
  attended: z.boolean().nullable().optional().meta({ description: 'From the records feed: true attended, false missed, null (or absent) not said' }),
}).meta({ id: 'PlannedSessionView' });

export const PatientListItemSchema = obj({
  lastLoginAt: isoDateTime().nullable(),
  modulesCompleted: z.int(),
  moodTrend: obj({ latest: z.number(), change: z.number().nullable().meta({ description: 'Latest rating minus the rating about a week before; null with too few ratings' }) }).nullable(),
  flags: z.array(z.enum(FLAG_KINDS)),
  patientRef: z.string(),
  serviceId: z.guid(),
  pwpId: z.guid(),
  sessionsPlanned: z.int(),
  sessionsAttended: z.int().meta({ description: 'Sessions the feed says were attended; a past session it has not said about counts as held' }),
  nextSession: plannedSession.nullable(),
  sessions: z.array(plannedSession),
}).meta({ id: 'PatientListItem', description: 'One row of a caseload. Patients are known only by their pseudonymous ref' });

export const PatientDetailSchema = PatientListItemSchema.extend({ mandatoryModules: z.array(z.string()), registeredAt: isoDateTime() }).meta({ id: 'PatientDetail' });

export const PatientEngagementSchema = obj({
  patientRef: z.string(),
  from: isoDateTime(),
  to: isoDateTime(),
  mood: z.array(obj({ at: isoDateTime(), value: z.number() })),
  logins: z.array(isoDateTime()),
  modules: z.array(obj({ moduleId: z.string(), startedAt: isoDateTime().nullable(), completedAt: isoDateTime().nullable(), mandatory: z.boolean() })),
  notifications: obj({ sent: z.int(), dismissed: z.int() }),
  daily: z.array(obj({ day: isoDate(), logins: z.int(), moodAvg: z.number().nullable(), notificationsSent: z.int(), notificationsDismissed: z.int() })).meta({ description: 'One row per day with any activity (from the rollup)' }),
}).meta({ id: 'PatientEngagement' });

export const PreSessionBriefSchema = obj({
  patientRef: z.string(),
  session: obj({ number: z.int(), startsAt: isoDateTime(), mode }),
  since: isoDateTime().meta({ description: 'The previous session’s start (or the first event): what "since" means below' }),
  preparedAt: isoDateTime(),
  modules: obj({ completed: z.array(z.string()), started: z.array(z.string()), overdueMandatory: z.array(z.string()) }),
  mood: obj({ latest: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable(), change: z.number().nullable(), ratings: z.int() }),
  logins: obj({ count: z.int(), daysActive: z.int(), longestGapDays: z.number(), lastLoginAt: isoDateTime().nullable() }),
  notifications: obj({ sent: z.int(), dismissed: z.int() }),
  flags: z.array(PatientFlagViewSchema),
  openTickets: z.array(obj({ id: z.guid(), reference: z.string(), title: z.string(), status: z.string() })),
  resets: z.array(obj({ id: z.guid(), status: z.string(), createdAt: isoDateTime() })),
  tailoring: z
    .array(obj({ id: z.guid(), action: z.string(), moduleId: z.string(), moduleTitle: z.string(), replacementModuleTitle: z.string().nullable(), status: z.string(), decisionNote: z.string().nullable() }))
    .optional()
    .meta({ description: 'Tailoring requests still open, or decided since the previous session. Older briefs may lack it' }),
}).meta({ id: 'PreSessionBrief', description: 'The pre-session brief: what changed since the last session, readable in a minute' });

export const PatientAccessEntrySchema = obj({ at: isoDateTime(), actor: z.string(), role: z.string().nullable(), action: z.string() }).meta({ id: 'PatientAccessEntry', description: 'Who looked at a patient’s data, and when' });

export const PatientTicketSummarySchema = obj({ id: z.guid(), reference: z.string(), title: z.string(), status: z.string(), category: z.string().nullable(), createdAt: isoDateTime() }).meta({ id: 'PatientTicketSummary' });

export const CaseloadQuerySchema = PageQuerySchema.extend({
  pwpId: z.guid({ error: 'must be a user id' }).optional().meta({ description: 'Only this PWP’s patients (navigators)' }),
  flag: z.enum(FLAG_KINDS).optional(),
  activity: z.enum(ACTIVITY_BANDS).optional().meta({ description: 'recent ≤ 2 days, week ≤ 7 days, older, never' }),
  sort: z.enum(CASELOAD_SORTS).optional().meta({ description: 'ref when left out' }),
});

export const EngagementRangeQuerySchema = obj({
  from: calendarTime().optional().meta({ description: 'ISO 8601 date or date-time; default 12 weeks before to', example: '2026-01-01' }),
  to: calendarTime().optional().meta({ description: 'ISO 8601 date (its whole day) or date-time; default now', example: '2026-03-31' }),
});

export const ListFlagsQuerySchema = PageQuerySchema.extend({
  status: z.enum(FLAG_STATUSES).optional().meta({ description: 'open when left out' }),
  kind: z.enum(FLAG_KINDS).optional(),
  cause: z.enum(FLAG_CAUSES).optional(),
});

export const AcknowledgeFlagRequestSchema = obj({
  note: z.string({ error: wrongType('must be text') }).min(2, { error: 'must say what was done' }).max(1000).meta({ example: 'Called the PWP; patient is travelling this week' }),
});

/** PUT /api/patients/:ref: the service's register entry for one patient (integration key). */
export const RegisterPatientRequestSchema = obj({
  pwpId: z.guid({ error: 'must be a user id' }).meta({ description: 'The PWP (a user of this service)' }),
  sessions: z
    .array(
      obj({
        startsAt: calendarTime().meta({ example: '2026-12-01T10:00:00Z' }),
        mode: z.enum(SESSION_MODES, { error: 'must be face_to_face or online' }),
        attended: z.boolean({ error: 'must be true or false' }).optional().meta({ description: 'Whether the patient came (true) or missed it (false); leave out while not known: a past session then counts as attended' }),
      }),
      { error: wrongType('must be a list') },
    )
    .max(30),
  mandatoryModules: z
    .array(
      z
        .string({ error: wrongType('must be a module id') })
        .max(100)
        .regex(/^[A-Za-z0-9._-]+$/, { error: 'may hold letters, digits, . _ -' }),
      { error: wrongType('must be a list of module ids') },
    )
    .max(50)
    .optional()
    .meta({ example: ['m01-understanding-depression'] }),
});
