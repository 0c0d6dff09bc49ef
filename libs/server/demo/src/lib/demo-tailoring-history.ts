import type { EntityManager } from 'typeorm';
import type { TailoringAction } from '@navdesk/contracts';
import type { UserEntity } from '@navdesk/server/access';
import { planAfter, reasonColumns, TailoringRequestEntity } from '@navdesk/server/tailoring';
import { DAY, HISTORY_DAYS, trend } from './demo-history';
import type { DemoPatient } from './demo-patient-seeder';
import { onWeekday, seededRandom } from './session-plan';

const HOUR = 3600_000;

/** Requests as PWPs wrote them; each asks something of the register's plan that it can do. */
const ASKS: { action: TailoringAction; moduleId: string; replacementModuleId: string | null; reason: string }[] = [
  { action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm05-managing-worry', reason: 'Worry is what keeps coming up; thoughts and feelings will land better once it is managed' },
  { action: 'add', moduleId: 'm06-sleep-well', replacementModuleId: null, reason: 'Poor sleep is holding back the activity scheduling' },
  { action: 'skip', moduleId: 'm04-problem-solving', replacementModuleId: null, reason: 'Already worked through problem solving together in the face-to-face sessions' },
  { action: 'add', moduleId: 'm08-self-compassion', replacementModuleId: null, reason: 'Harsh self-criticism comes up in every session' },
  { action: 'replace', moduleId: 'm02-behavioural-activation', replacementModuleId: 'm07-healthy-habits', reason: 'Shift work makes the activity diary impractical; healthy habits fits her week' },
  { action: 'skip', moduleId: 'm01-understanding-depression', replacementModuleId: null, reason: 'Completed the same psychoeducation in a previous course of treatment' },
];

/** Hours from a request to its decision: two days at the start of the history, a working morning today. */
const HOURS_TO_DECISION = { then: 54, today: 6 };
const DAYS_BETWEEN_REQUESTS = 2;

/**
 * Decided tailoring requests over the whole history, one every two days, the services in turn, each
 * about a patient then in treatment (not the walk-through's, nor one already asked about): navigators
 * decide faster and faster; four in five are approved and applied in the programme.
 */
export async function seedDemoTailoringHistory(manager: EntityManager, patients: readonly DemoPatient[], users: readonly UserEntity[], alreadyAsked: readonly DemoPatient[], now: Date): Promise<number> {
  const random = seededRandom(7_2026);
  const serviceIds = [...new Set(patients.map((p) => p.serviceId))].sort();
  const navigatorOf = (serviceId: string) => users.find((u) => u.role === 'navigator' && u.services.some((s) => s.id === serviceId))?.id ?? null;
  const used = new Set(alreadyAsked.map((p) => p.id));
  const rows: Partial<TailoringRequestEntity>[] = [];
  const plans: { id: string; plan: string[] }[] = [];
  for (let ageDays = HISTORY_DAYS - 4, i = 0; ageDays >= 2; ageDays -= DAYS_BETWEEN_REQUESTS, i++) {
    const serviceId = serviceIds[i % serviceIds.length] as string;
    const createdAt = onWeekday(new Date(now.getTime() - ageDays * DAY));
    createdAt.setUTCHours(9 + Math.floor(random() * 7), Math.floor(random() * 60), 0, 0);
    const candidates = patients.filter((p) => p.serviceId === serviceId && !p.walkThrough && !used.has(p.id) && p.firstSession <= createdAt && p.lastSession.getTime() > createdAt.getTime() + DAY);
    const patient = candidates[Math.floor(random() * candidates.length)];
    const decidedAt = new Date(createdAt.getTime() + trend(HOURS_TO_DECISION.then, HOURS_TO_DECISION.today, createdAt, now) * (0.5 + random()) * HOUR);
    if (!patient || decidedAt.getTime() > now.getTime() - HOUR) continue;
    used.add(patient.id);
    const ask = ASKS[i % ASKS.length] as (typeof ASKS)[number];
    const approved = i % 5 !== 4;
    rows.push({
      patientId: patient.id,
      serviceId,
      requestedById: patient.pwpId,
      action: ask.action,
      moduleId: ask.moduleId,
      replacementModuleId: ask.replacementModuleId,
      ...reasonColumns(ask.reason, now),
      status: approved ? 'applied' : 'declined',
      decision: approved ? 'approved' : 'declined',
      decidedById: navigatorOf(serviceId),
      decisionNote: approved ? 'Agreed.' : 'Keep the module for now; ask again after the next session if it still does not fit.',
      decidedAt,
      round: approved ? 1 : 0,
      attempts: approved ? 1 : 0,
      appliedAt: approved ? new Date(decidedAt.getTime() + (1 + random() * 4) * 60_000) : null,
      createdAt,
      updatedAt: decidedAt,
    });
    if (approved) plans.push({ id: patient.id, plan: planAfter(patient.mandatoryModules, ask) });
  }
  await manager.insert(TailoringRequestEntity, rows);
  // Applied changes are in the patient's effective plan, as the worker leaves it.
  await manager.query(`UPDATE patients p SET mandatory_modules = string_to_array(v.plan, ',') FROM unnest($1::uuid[], $2::text[]) AS v(id, plan) WHERE p.id = v.id`, [plans.map((p) => p.id), plans.map((p) => p.plan.join(','))]);
  return rows.length;
}
