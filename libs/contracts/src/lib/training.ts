import type { z } from 'zod';
import type * as s from './schemas/training.schema';

/** Training for PWPs: a catalogue, sessions navigators run, bookings, attendance with confidence, coverage. */

/**
 * What a training module is about. A `confidence` ticket ("how do I…") is linked to one of these,
 * so the questions PWPs ask show which training they need.
 */
export const TRAINING_TOPICS = ['programme_basics', 'onboarding_patients', 'choosing_modules', 'reading_engagement', 'troubleshooting_access', 'notifications', 'tailoring'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const TRAINING_TOPIC_LABELS: Record<TrainingTopic, string> = {
  programme_basics: 'The programme and your role',
  onboarding_patients: 'Getting patients started',
  choosing_modules: 'Helping patients choose modules',
  reading_engagement: 'Reading engagement and mood data',
  troubleshooting_access: 'Log-in and app troubleshooting',
  notifications: 'Reminders and notifications',
  tailoring: 'Tailoring the programme',
};

export const TRAINING_FORMATS = ['workshop', 'e_learning', 'video', 'guide'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const TRAINING_SESSION_MODES = ['online', 'in_person'] as const;
export type TrainingSessionMode = (typeof TRAINING_SESSION_MODES)[number];

export const TRAINING_LIMITS = {
  capacityMax: 200,
  /** Attendance may be recorded from this long before a session starts (a sign-in sheet). */
  attendanceOpensMinutesBefore: 60,
  confidenceMin: 1,
  confidenceMax: 10,
} as const;

/*
 * Request and answer shapes: each is its zod schema in `schemas/training.schema.ts` (the one source, also of the
 * server's validation and the OpenAPI document). A request is what a client sends (`z.input`), an answer what
 * it gets (`z.output`).
 */
export type TrainingModuleView = z.output<typeof s.TrainingModuleViewSchema>;
export type CreateTrainingModuleRequest = z.input<typeof s.CreateTrainingModuleRequestSchema>;
export type CreateTrainingSessionRequest = z.input<typeof s.CreateTrainingSessionRequestSchema>;
export type TrainingSessionView = z.output<typeof s.TrainingSessionViewSchema>;
export type TrainingBookingView = z.output<typeof s.TrainingBookingViewSchema>;
/** A session with its roster (navigators). */
export type TrainingSessionDetail = z.output<typeof s.TrainingSessionDetailSchema>;
export type RecordAttendanceRequest = z.input<typeof s.RecordAttendanceRequestSchema>;
export type AttendanceView = z.output<typeof s.AttendanceViewSchema>;
/** A PWP's training record. */
export type TrainingRecord = z.output<typeof s.TrainingRecordSchema>;
/** Which PWPs of a service have not yet completed the core induction. */
export type TrainingCoverage = z.output<typeof s.TrainingCoverageSchema>;
/** Questions become training: confidence tickets grouped by the topic they were linked to. */
export type QuestionTopicView = z.output<typeof s.QuestionTopicViewSchema>;
/** A PWP of the caller's services, as GET /api/training/pwps lists them. */
export type TrainingPwp = z.output<typeof s.TrainingPwpSchema>;
export type InviteToSessionRequest = z.input<typeof s.InviteToSessionRequestSchema>;
export type InvitationResult = z.output<typeof s.InvitationResultSchema>;
