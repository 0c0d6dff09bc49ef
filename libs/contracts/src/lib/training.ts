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

export interface TrainingModuleView {
  id: string;
  title: string;
  topic: TrainingTopic;
  format: TrainingFormat;
  durationMinutes: number;
  /** Link to the material (slides, e-learning, guide); null for a workshop without handouts. */
  materialUrl: string | null;
  description: string;
  /** Part of the core induction every PWP should complete. */
  core: boolean;
  /** null: shared by every service. */
  serviceId: string | null;
  createdAt: string;
}

export interface CreateTrainingModuleRequest {
  title: string;
  topic: TrainingTopic;
  format: TrainingFormat;
  durationMinutes: number;
  materialUrl?: string | null;
  description?: string;
  core?: boolean;
  /** Needed when the navigator works for more than one service. */
  serviceId?: string;
}

export interface CreateTrainingSessionRequest {
  moduleId: string;
  startsAt: string;
  capacity: number;
  /** Default online. */
  mode?: TrainingSessionMode;
  /** A room, or a video link. */
  location?: string | null;
  /** Needed when the navigator works for more than one service. */
  serviceId?: string;
}

export interface TrainingSessionView {
  id: string;
  module: { id: string; title: string; topic: TrainingTopic; core: boolean };
  serviceId: string;
  startsAt: string;
  endsAt: string;
  mode: TrainingSessionMode;
  location: string | null;
  capacity: number;
  booked: number;
  /** Seats left (capacity − booked). */
  seatsLeft: number;
  cancelled: boolean;
  /** For the caller when a PWP: their booking and invitation on this session. */
  myBooking: 'booked' | 'attended' | null;
  invitedMe: boolean;
}

export interface TrainingBookingView {
  sessionId: string;
  pwp: { id: string; name: string };
  status: 'booked' | 'cancelled';
  bookedAt: string;
  /** Attendance, when recorded. */
  attendance: { confidenceBefore: number; confidenceAfter: number; recordedAt: string } | null;
}

/** A session with its roster (navigators). */
export interface TrainingSessionDetail extends TrainingSessionView {
  bookings: TrainingBookingView[];
  invited: { id: string; name: string }[];
}

export interface RecordAttendanceRequest {
  pwpId: string;
  confidenceBefore: number;
  confidenceAfter: number;
}

export interface AttendanceView {
  sessionId: string;
  pwpId: string;
  confidenceBefore: number;
  confidenceAfter: number;
  change: number;
  recordedAt: string;
}

/** A PWP's training record. */
export interface TrainingRecord {
  pwp: { id: string; name: string };
  upcoming: TrainingSessionView[];
  attended: { session: TrainingSessionView; confidenceBefore: number; confidenceAfter: number; change: number }[];
  /** Core induction modules and whether this PWP has attended a session of each. */
  coreInduction: { moduleId: string; title: string; done: boolean; attendedAt: string | null }[];
  /** Mean confidence change over attended sessions; null with none. */
  meanConfidenceChange: number | null;
}

/** Which PWPs of a service have not yet completed the core induction. */
export interface TrainingCoverage {
  serviceId: string;
  coreModules: { id: string; title: string }[];
  pwps: { id: string; name: string; done: string[]; missing: string[]; complete: boolean }[];
  completeCount: number;
  totalCount: number;
}

/** Questions become training: confidence tickets grouped by the topic they were linked to. */
export interface QuestionTopicView {
  topic: TrainingTopic;
  label: string;
  questions: number;
  /** Who asked, most questions first. */
  askers: { id: string; name: string; questions: number; trained: boolean }[];
  recent: { id: string; reference: string; title: string; createdAt: string }[];
  /** Sessions on this topic still to come, to invite the askers to. */
  upcomingSessions: { id: string; title: string; startsAt: string; seatsLeft: number }[];
}

export interface InviteToSessionRequest {
  pwpIds: string[];
}

export interface InvitationResult {
  invited: number;
  alreadyInvited: number;
  alreadyBooked: number;
}
