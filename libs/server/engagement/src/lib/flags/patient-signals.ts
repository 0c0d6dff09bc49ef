import type { EntityManager } from 'typeorm';
import type { ResetReads, TicketReads } from '@navdesk/server/core';
import { mandatoryDueDates, type PatientSignals } from '../rules';

const DAY = 86_400_000;
/** How far back the rules look: the longest window a navigator may set, with room. */
export const SIGNAL_LOOKBACK_DAYS = 62;

export interface PatientFacts {
  id: string;
  ref: string;
  serviceId: string;
  pwpId: string;
  mandatoryModules: string[];
  registeredAt: Date;
  sessions: { id: string; number: number; startsAt: Date; mode: 'face_to_face' | 'online'; attended: boolean | null }[];
}

export async function loadPatientFacts(manager: EntityManager, patientId: string): Promise<PatientFacts | null> {
  const [p] = (await manager.query(`SELECT id, ref, service_id, pwp_id, mandatory_modules, created_at FROM patients WHERE id = $1`, [patientId])) as {
    id: string;
    ref: string;
    service_id: string;
    pwp_id: string;
    mandatory_modules: string[];
    created_at: Date;
  }[];
  if (!p) return null;
  const sessions: { id: string; number: number; starts_at: Date; mode: 'face_to_face' | 'online'; attended: boolean | null }[] = await manager.query(
    `SELECT id, number, starts_at, mode, attended FROM patient_sessions WHERE patient_id = $1 ORDER BY starts_at`,
    [patientId],
  );
  return {
    id: p.id,
    ref: p.ref,
    serviceId: p.service_id,
    pwpId: p.pwp_id,
    mandatoryModules: p.mandatory_modules,
    // In the register since it was fed, or since its first session if that is earlier (history loaded late).
    registeredAt: new Date(Math.min(new Date(p.created_at).getTime(), ...sessions.map((s) => new Date(s.starts_at).getTime()))),
    sessions: sessions.map((s) => ({ id: s.id, number: s.number, startsAt: new Date(s.starts_at), mode: s.mode, attended: s.attended })),
  };
}

/** What the flag rules need from other domains about one patient (asked through their read ports). */
export type OutsideSignals = Pick<PatientSignals, 'pendingReset' | 'openTechTicket'>;

/** The other domains' signals for a batch of patients: one query per domain, not one per patient. */
export async function loadOutsideSignals(
  manager: EntityManager,
  reads: { tickets: TicketReads; resets: ResetReads },
  patientIds: string[],
  now: Date,
): Promise<Map<string, OutsideSignals>> {
  const pending = await reads.resets.pendingSince(manager, patientIds, new Date(now.getTime() - 7 * DAY));
  const open = await reads.tickets.openForPatients(manager, patientIds, { kind: 'tech_support', limit: 1 });
  const withTicket = new Set(open.map((t) => t.patientId));
  return new Map(patientIds.map((id) => [id, { pendingReset: pending.has(id), openTechTicket: withTicket.has(id) }]));
}

/**
 * Everything the flag rules read about one patient, from the raw events of the last weeks (one
 * patient's time range: the events' primary key serves it), the rollup and the other domains' signals.
 */
export async function loadPatientSignals(manager: EntityManager, facts: PatientFacts, outside: OutsideSignals, now: Date): Promise<{ signals: PatientSignals; modulesCompleted: number }> {
  const since = new Date(now.getTime() - SIGNAL_LOOKBACK_DAYS * DAY);
  const events: { type: string; occurred_at: Date; value: number | null; app_version: string | null }[] = await manager.query(
    `SELECT type, occurred_at, value, app_version FROM engagement_events
      WHERE patient_id = $1 AND occurred_at >= $2 AND occurred_at <= $3 AND type IN ('login', 'mood_rated', 'notification_dismissed')`,
    [facts.id, since, now],
  );
  const completed: { module_id: string; completed_at: Date }[] = await manager.query(
    `SELECT module_id, min(occurred_at) AS completed_at FROM engagement_events WHERE patient_id = $1 AND type = 'module_completed' AND occurred_at <= $2 GROUP BY module_id`,
    [facts.id, now],
  );
  const [last] = (await manager.query(`SELECT max(occurred_at) AS at FROM engagement_events WHERE patient_id = $1 AND type = 'login' AND occurred_at <= $2`, [facts.id, now])) as { at: Date | null }[];

  const logins = events.filter((e) => e.type === 'login').map((e) => ({ at: new Date(e.occurred_at), appVersion: e.app_version }));
  // A last log-in older than the lookback still tells how long the silence is.
  if (last?.at && !logins.length) logins.push({ at: new Date(last.at), appVersion: null });
  const completedAt = new Map(completed.map((c) => [c.module_id, new Date(c.completed_at)]));
  const online = facts.sessions.filter((s) => s.mode === 'online').map((s) => s.startsAt);
  const due = mandatoryDueDates(facts.mandatoryModules, online, facts.registeredAt);
  return {
    signals: {
      now,
      registeredAt: new Date(Math.min(facts.registeredAt.getTime(), ...events.map((e) => new Date(e.occurred_at).getTime()))),
      logins,
      moods: events.filter((e) => e.type === 'mood_rated' && e.value !== null).map((e) => ({ at: new Date(e.occurred_at), value: e.value as number })),
      dismissals: events.filter((e) => e.type === 'notification_dismissed').map((e) => new Date(e.occurred_at)),
      mandatoryModules: due.map((d) => ({ moduleId: d.moduleId, dueAt: d.dueAt, completedAt: completedAt.get(d.moduleId) ?? null })),
      pendingReset: outside.pendingReset,
      openTechTicket: outside.openTechTicket,
    },
    modulesCompleted: completed.length,
  };
}
