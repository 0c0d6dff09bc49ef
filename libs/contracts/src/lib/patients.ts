import type { EngagementSummary } from './engagement';

export const SESSION_MODES = ['face_to_face', 'online'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** b-CBT plan: 11 sessions, 6 face-to-face and 5 online. */
export const PLANNED_SESSIONS = { total: 11, faceToFace: 6, online: 5 } as const;

export interface PlannedSessionView {
  number: number;
  startsAt: string;
  mode: SessionMode;
  /** From the records feed: true attended, false missed, null (or absent) not said. */
  attended?: boolean | null;
}

/** One row of a caseload. Patients are known only by their pseudonymous ref. */
export interface PatientListItem extends EngagementSummary {
  patientRef: string;
  serviceId: string;
  pwpId: string;
  sessionsPlanned: number;
  /** Sessions the feed says were attended; a past session it has not said about counts as held. */
  sessionsAttended: number;
  nextSession: PlannedSessionView | null;
  sessions: PlannedSessionView[];
}

/** GET /api/patients/:ref: the caseload row plus what the patient page needs. */
export interface PatientDetail extends PatientListItem {
  mandatoryModules: string[];
  registeredAt: string;
}
