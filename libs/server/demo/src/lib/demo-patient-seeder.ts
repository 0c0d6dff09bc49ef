import type { EntityManager } from 'typeorm';
import type { UserEntity } from '@navdesk/server/access';
import { newPatientRef, PatientEntity, PatientSessionEntity } from '@navdesk/server/patients';
import { DAY, HISTORY_DAYS } from './demo-history';
import { onWeekday, seededRandom, weeklySessionPlan } from './session-plan';

export const DEMO_PATIENT_COUNT = 200;
/** Patients whose course ran in the history (ended before today), per PWP who has them. */
export const HISTORY_PATIENTS_PER_PWP = 5;
/** Every demo patient's register plan (the base their tailoring applies to). */
export const DEMO_PLAN = ['m01-understanding-depression', 'm02-behavioural-activation', 'm03-thoughts-and-feelings', 'm04-problem-solving'];

/** A seeded patient, with what the later seeders need: whose they are and when their sessions were. */
export interface DemoPatient {
  id: string;
  ref: string;
  serviceId: string;
  pwpId: string;
  /** A patient of the first two PWPs: the walk-through's caseloads, which the history leaves as they are. */
  walkThrough: boolean;
  mandatoryModules: string[];
  /** Face-to-face session starts, earliest first. */
  faceToFace: Date[];
  /** First and last session: the patient is in treatment between them. */
  firstSession: Date;
  lastSession: Date;
}

interface PlannedPatient {
  ref: string;
  pwp: UserEntity;
  first: Date;
}

/**
 * pwp01 (the walk-through's PWP) and pwp02: the e2e and integration specs drive their caseloads (a
 * patient with no tailoring yet, the first in the list), so the history adds neither patients nor
 * tailoring requests to them.
 */
const WALK_THROUGH_PWPS = 2;

/**
 * The register: 200 patients in treatment now (plans started between ten weeks ago and a week from now,
 * so some are near the end, some mid-way and a few not started) and, from the third PWP on, five each
 * whose course ran in the history before that, so its sessions and tickets have patients.
 */
export async function seedDemoPatients(manager: EntityManager, pwps: UserEntity[], now: Date): Promise<{ current: DemoPatient[]; history: DemoPatient[] }> {
  const refs = new Set<string>();
  const [current, history] = [planCurrent(pwps, now, refs), planHistory(pwps, now, refs)];
  const walkThrough = new Set(pwps.slice(0, WALK_THROUGH_PWPS).map((p) => p.id));
  return { current: await insertPatients(manager, current, walkThrough), history: await insertPatients(manager, history, walkThrough) };
}

function uniqueRef(random: () => number, refs: Set<string>): string {
  let ref = newPatientRef((max) => Math.floor(random() * max));
  while (refs.has(ref)) ref = newPatientRef((max) => Math.floor(random() * max));
  refs.add(ref);
  return ref;
}

/** Sessions fall on weekdays between 09:00 and 16:00. */
const firstSessionAt = (now: Date, daysFromToday: number, hour: number): Date =>
  onWeekday(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour) + daysFromToday * DAY));

function planCurrent(pwps: UserEntity[], now: Date, refs: Set<string>): PlannedPatient[] {
  const random = seededRandom(20261126);
  const planned: PlannedPatient[] = [];
  for (let i = 0; i < DEMO_PATIENT_COUNT; i++) {
    const pwp = pwps[i % pwps.length];
    if (!pwp) continue;
    const ref = uniqueRef(random, refs);
    const startOffsetDays = Math.floor(random() * 77) - 70;
    const hour = 9 + Math.floor(random() * 8);
    planned.push({ ref, pwp, first: firstSessionAt(now, startOffsetDays, hour) });
  }
  return planned;
}

/** First sessions spread evenly from the start of the history to twelve weeks ago, PWP by PWP. */
function planHistory(pwps: UserEntity[], now: Date, refs: Set<string>): PlannedPatient[] {
  const random = seededRandom(20260611);
  const withHistory = pwps.slice(WALK_THROUGH_PWPS);
  const span = HISTORY_DAYS - 84;
  return withHistory.flatMap((pwp, k) =>
    Array.from({ length: HISTORY_PATIENTS_PER_PWP }, (_, j) => {
      const ref = uniqueRef(random, refs);
      const ageDays = 84 + Math.floor(((j + k / withHistory.length) / HISTORY_PATIENTS_PER_PWP) * span);
      return { ref, pwp, first: firstSessionAt(now, -ageDays, 9 + Math.floor(random() * 8)) };
    }),
  );
}

async function insertPatients(manager: EntityManager, planned: PlannedPatient[], walkThrough: ReadonlySet<string>): Promise<DemoPatient[]> {
  if (!planned.length) return [];
  const rows = planned.map((p) => ({ ref: p.ref, serviceId: p.pwp.services[0]?.id ?? '', pwpId: p.pwp.id, mandatoryModules: [...DEMO_PLAN], registerMandatoryModules: [...DEMO_PLAN] }));
  const inserted = await manager.insert(PatientEntity, rows);
  const patients = planned.map((p, i) => ({
    row: rows[i] as (typeof rows)[number],
    id: String(inserted.identifiers[i]?.['id']),
    plan: weeklySessionPlan(p.first).map((s) => ({ ...s, startsAt: onWeekday(s.startsAt) })),
  }));
  const sessions = patients.flatMap((p) => p.plan.map((s) => ({ patientId: p.id, number: s.number, startsAt: s.startsAt, mode: s.mode })));
  for (let i = 0; i < sessions.length; i += 1_000) await manager.insert(PatientSessionEntity, sessions.slice(i, i + 1_000));
  return patients.map(({ row, id, plan }) => ({
    id,
    ref: row.ref,
    serviceId: row.serviceId,
    pwpId: row.pwpId,
    walkThrough: walkThrough.has(row.pwpId),
    mandatoryModules: row.mandatoryModules,
    faceToFace: plan.filter((s) => s.mode === 'face_to_face').map((s) => s.startsAt),
    firstSession: (plan[0] as (typeof plan)[number]).startsAt,
    lastSession: (plan[plan.length - 1] as (typeof plan)[number]).startsAt,
  }));
}

/** Ordered by ref, as the register lists them (refs are upper-case letters and digits). */
export const byRef = (patients: readonly DemoPatient[]): DemoPatient[] => [...patients].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
