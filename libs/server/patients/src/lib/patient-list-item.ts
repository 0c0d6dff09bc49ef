import { PLANNED_SESSIONS, type EngagementSummary, type PatientListItem, type PlannedSessionView } from '@navdesk/contracts';
import type { PatientEntity } from './patient.entity';
import { countAttended } from './session-attendance';

export type PatientRegisterItem = Omit<PatientListItem, keyof EngagementSummary>;

/** The register's side of a caseload row; the engagement domain adds last activity, mood and flags. */
export function toPatientListItem(p: PatientEntity, now: Date): PatientRegisterItem {
  const sessions: PlannedSessionView[] = [...(p.sessions ?? [])]
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ number: s.number, startsAt: s.startsAt.toISOString(), mode: s.mode, attended: s.attended ?? null }));
  const next = sessions.find((s) => new Date(s.startsAt) > now) ?? null;
  return {
    patientRef: p.ref,
    serviceId: p.serviceId,
    pwpId: p.pwpId,
    sessionsPlanned: sessions.length || PLANNED_SESSIONS.total,
    sessionsAttended: countAttended(p.sessions ?? [], now),
    nextSession: next,
    sessions,
  };
}
