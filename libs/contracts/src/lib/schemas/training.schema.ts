import { z } from 'zod';
import { TRAINING_FORMATS, TRAINING_LIMITS, TRAINING_SESSION_MODES, TRAINING_TOPICS } from '../training';
import { isoDateTime, PageQuerySchema, personRef, wrongType } from './common.schema';

const text = () => z.string({ error: wrongType('must be text') });
const confidence = () =>
  z
    .int({ error: 'must be a whole number from 1 to 10' })
    .min(TRAINING_LIMITS.confidenceMin, { error: 'must be from 1 to 10' })
    .max(TRAINING_LIMITS.confidenceMax, { error: 'must be from 1 to 10' });
const serviceId = () => z.guid({ error: 'must be a service id' });

export const TrainingModuleViewSchema = z
  .strictObject({
    id: z.guid(),
    title: z.string(),
    topic: z.enum(TRAINING_TOPICS),
    format: z.enum(TRAINING_FORMATS),
    durationMinutes: z.int(),
    materialUrl: z.string().nullable().meta({ description: 'Link to the material (slides, e-learning, guide); null for a workshop without handouts' }),
    description: z.string(),
    core: z.boolean().meta({ description: 'Part of the core induction every PWP should complete' }),
    serviceId: z.guid().nullable().meta({ description: 'null: shared by every service' }),
    createdAt: isoDateTime(),
  })
  .meta({ id: 'TrainingModuleView' });

export const CreateTrainingModuleRequestSchema = z.strictObject({
  title: text().min(3).max(200).meta({ example: 'Reading a patient’s mood chart' }),
  topic: z.enum(TRAINING_TOPICS),
  format: z.enum(TRAINING_FORMATS),
  durationMinutes: z.int().min(5).max(480),
  materialUrl: z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// link' })
    .max(500)
    .nullable()
    .optional()
    .meta({ example: 'https://learning.example.nhs.uk/b-cbt/mood-chart' }),
  description: text().max(2000).optional(),
  core: z.boolean({ error: wrongType('must be true or false') }).optional().meta({ description: 'Part of the core induction' }),
  serviceId: serviceId().optional().meta({ description: 'Needed when the navigator works for more than one service' }),
});

export const CreateTrainingSessionRequestSchema = z.strictObject({
  moduleId: z.guid({ error: 'must be a training module id' }),
  startsAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with its offset, such as 2026-12-03T14:00:00Z' }).meta({ example: '2026-12-03T14:00:00Z' }),
  capacity: z.int().min(1).max(TRAINING_LIMITS.capacityMax),
  mode: z.enum(TRAINING_SESSION_MODES, { error: 'must be online or in_person' }).optional().meta({ description: 'online when left out' }),
  location: text().max(300).nullable().optional().meta({ description: 'A room, or a video link', example: 'Room 2, Riverside Centre' }),
  serviceId: serviceId().optional().meta({ description: 'Needed when the navigator works for more than one service' }),
});

export const TrainingSessionViewSchema = z
  .strictObject({
    id: z.guid(),
    module: z.strictObject({ id: z.guid(), title: z.string(), topic: z.enum(TRAINING_TOPICS), core: z.boolean() }),
    serviceId: z.guid(),
    startsAt: isoDateTime(),
    endsAt: isoDateTime(),
    mode: z.enum(TRAINING_SESSION_MODES),
    location: z.string().nullable(),
    capacity: z.int(),
    booked: z.int(),
    seatsLeft: z.int().meta({ description: 'Seats left (capacity − booked)' }),
    cancelled: z.boolean(),
    myBooking: z.enum(['booked', 'attended']).nullable().meta({ description: 'For the caller when a PWP: their booking on this session' }),
    invitedMe: z.boolean().meta({ description: 'For the caller when a PWP: whether they were invited to this session' }),
  })
  .meta({ id: 'TrainingSessionView' });

export const TrainingBookingViewSchema = z
  .strictObject({
    sessionId: z.guid(),
    pwp: personRef(),
    status: z.enum(['booked', 'cancelled']),
    bookedAt: isoDateTime(),
    attendance: z
      .strictObject({ confidenceBefore: z.int(), confidenceAfter: z.int(), recordedAt: isoDateTime() })
      .nullable()
      .meta({ description: 'Attendance, when recorded' }),
  })
  .meta({ id: 'TrainingBookingView' });

export const TrainingSessionDetailSchema = TrainingSessionViewSchema.extend({
  bookings: z.array(TrainingBookingViewSchema),
  invited: z.array(personRef()),
}).meta({ id: 'TrainingSessionDetail', description: 'A session with its roster (navigators; a PWP sees only their own booking)' });

export const TrainingSessionListQuerySchema = PageQuerySchema.extend({
  when: z.enum(['upcoming', 'past'], { error: 'must be upcoming or past' }).default('upcoming').meta({ description: 'upcoming: soonest first; past: latest first' }),
  moduleId: z.guid({ error: 'must be a training module id' }).optional(),
  serviceId: serviceId().optional(),
});

export const RecordAttendanceRequestSchema = z.strictObject({
  pwpId: z.guid({ error: 'must be a user id' }),
  confidenceBefore: confidence(),
  confidenceAfter: confidence(),
});

export const AttendanceViewSchema = z
  .strictObject({
    sessionId: z.guid(),
    pwpId: z.guid(),
    confidenceBefore: z.int(),
    confidenceAfter: z.int(),
    change: z.int(),
    recordedAt: isoDateTime(),
  })
  .meta({ id: 'AttendanceView' });

export const TrainingRecordSchema = z
  .strictObject({
    pwp: personRef(),
    upcoming: z.array(TrainingSessionViewSchema),
    attended: z.array(z.strictObject({ session: TrainingSessionViewSchema, confidenceBefore: z.int(), confidenceAfter: z.int(), change: z.int() })),
    coreInduction: z
      .array(z.strictObject({ moduleId: z.guid(), title: z.string(), done: z.boolean(), attendedAt: isoDateTime().nullable() }))
      .meta({ description: 'Core induction modules and whether this PWP has attended a session of each' }),
    meanConfidenceChange: z.number().nullable().meta({ description: 'Mean confidence change over attended sessions; null with none' }),
  })
  .meta({ id: 'TrainingRecord', description: 'A PWP’s training record' });

export const TrainingCoverageSchema = z
  .strictObject({
    serviceId: z.guid(),
    coreModules: z.array(z.strictObject({ id: z.guid(), title: z.string() })),
    pwps: z.array(
      z.strictObject({
        id: z.guid(),
        name: z.string(),
        done: z.array(z.string()).meta({ description: 'Titles of the core modules done' }),
        missing: z.array(z.string()).meta({ description: 'Titles of the core modules still to do' }),
        complete: z.boolean(),
      }),
    ),
    completeCount: z.int(),
    totalCount: z.int(),
  })
  .meta({ id: 'TrainingCoverage', description: 'Which PWPs of a service have not yet completed the core induction' });

export const QuestionTopicViewSchema = z
  .strictObject({
    topic: z.enum(TRAINING_TOPICS),
    label: z.string(),
    questions: z.int(),
    askers: z
      .array(z.strictObject({ id: z.guid(), name: z.string(), questions: z.int(), trained: z.boolean() }))
      .meta({ description: 'Who asked, most questions first' }),
    recent: z.array(z.strictObject({ id: z.guid(), reference: z.string(), title: z.string(), createdAt: isoDateTime() })),
    upcomingSessions: z
      .array(z.strictObject({ id: z.guid(), title: z.string(), startsAt: isoDateTime(), seatsLeft: z.int() }))
      .meta({ description: 'Sessions on this topic still to come, to invite the askers to' }),
  })
  .meta({ id: 'QuestionTopicView', description: 'Questions become training: confidence tickets grouped by the topic they were linked to' });

export const TrainingPwpSchema = z
  .strictObject({ id: z.guid(), name: z.string(), serviceIds: z.array(z.guid()) })
  .meta({ id: 'TrainingPwp', description: 'A PWP of the caller’s services (rosters, walk-ins, invitations)' });

export const InviteToSessionRequestSchema = z.strictObject({
  pwpIds: z
    .array(z.guid({ error: 'must be user ids' }))
    .min(1, { error: 'must name at least one PWP' })
    .max(200, { error: 'must name at most 200 PWPs' }),
});

export const InvitationResultSchema = z
  .strictObject({ invited: z.int(), alreadyInvited: z.int(), alreadyBooked: z.int() })
  .meta({ id: 'InvitationResult' });

/** `?serviceId=` of coverage and the PWP list. */
export const TrainingServiceQuerySchema = z.strictObject({ serviceId: serviceId().optional() });

export const QuestionTopicsQuerySchema = TrainingServiceQuerySchema.extend({
  days: z.coerce
    .number({ error: wrongType('must be a whole number') })
    .int({ error: 'must be a whole number' })
    .min(1)
    .max(365)
    .default(90)
    .meta({ description: 'The questions of the last this many days' }),
});
