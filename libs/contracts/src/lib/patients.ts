import type { z } from 'zod';
import type * as s from './schemas/engagement.schema';

export const SESSION_MODES = ['face_to_face', 'online'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** b-CBT plan: 11 sessions, 6 face-to-face and 5 online. */
export const PLANNED_SESSIONS = { total: 11, faceToFace: 6, online: 5 } as const;

/** A planned session; `attended` from the records feed: true attended, false missed, null (or absent) not said. */
export type PlannedSessionView = z.output<typeof s.PatientListItemSchema>['sessions'][number];
/** One row of a caseload. Patients are known only by their pseudonymous ref. */
export type PatientListItem = z.output<typeof s.PatientListItemSchema>;
/** GET /api/patients/:ref: the caseload row plus what the patient page needs. */
export type PatientDetail = z.output<typeof s.PatientDetailSchema>;
