import type { EntityManager } from 'typeorm';
import type { TailoringAction, TailoringStatus } from '@navdesk/contracts';
import { PatientEntity } from '@navdesk/server/patients';
import { planAfter, reasonColumns, TailoringRequestEntity } from '@navdesk/server/tailoring';
import { byRef, type DemoPatient } from './demo-patient-seeder';

const DAY = 24 * 3600_000;

interface DemoTailoring {
  action: TailoringAction;
  moduleId: string;
  replacementModuleId: string | null;
  reason: string;
  status: TailoringStatus;
  note: string | null;
}

/** Each kind of request, as the study's PWPs described them: pending ones for navigators, and a history. */
const DEMO_TAILORING: DemoTailoring[] = [
  { action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm05-managing-worry', reason: 'Co-morbid anxiety: worry is what stops her engaging; the depression content does not speak to it yet', status: 'pending', note: null },
  { action: 'skip', moduleId: 'm04-problem-solving', replacementModuleId: null, reason: 'Already did problem solving in a previous course of treatment and found it repetitive', status: 'pending', note: null },
  { action: 'add', moduleId: 'm06-sleep-well', replacementModuleId: null, reason: 'Sleep is his main complaint and mood ratings dip after bad nights', status: 'pending', note: null },
  { action: 'replace', moduleId: 'm04-problem-solving', replacementModuleId: 'm05-managing-worry', reason: 'Panic symptoms alongside low mood; needs worry management first', status: 'applied', note: 'Agreed: worry content fits the presentation. Review at session 4.' },
  { action: 'add', moduleId: 'm08-self-compassion', replacementModuleId: null, reason: 'Very self-critical in sessions; self-compassion would support the behavioural work', status: 'applied', note: 'Approved, good fit.' },
  { action: 'skip', moduleId: 'm01-understanding-depression', replacementModuleId: null, reason: 'Says she knows what depression is and finds the first module patronising', status: 'declined', note: 'Module 1 sets up the rest of the programme; try going through it together in session instead.' },
  { action: 'skip', moduleId: 'm02-behavioural-activation', replacementModuleId: null, reason: 'Physical disability limits the activity examples; they do not fit his life', status: 'pending', note: null },
  { action: 'add', moduleId: 'm05-managing-worry', replacementModuleId: null, reason: 'Worry about work keeps coming up; would like the worry module alongside the plan', status: 'declined', note: 'Let us see how behavioural activation goes first; ask again after session 3.' },
];

/** Spread over services (every 11th patient in treatment), so each navigator has requests to decide. Returns the patients asked about. */
export async function seedDemoTailoring(manager: EntityManager, inTreatment: readonly DemoPatient[], now: Date): Promise<DemoPatient[]> {
  const patients = byRef(inTreatment);
  const asked: DemoPatient[] = [];
  for (const [i, t] of DEMO_TAILORING.entries()) {
    const patient = patients[i * 11 + 2];
    if (!patient) continue;
    const navigator: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = $1 AND u.role = 'navigator' ORDER BY u.email LIMIT 1`,
      [patient.serviceId],
    );
    const createdAt = new Date(now.getTime() - (1 + i * 2) * DAY);
    const decidedAt = t.status === 'pending' ? null : new Date(createdAt.getTime() + 5 * 3600_000);
    await manager.insert(TailoringRequestEntity, {
      patientId: patient.id,
      serviceId: patient.serviceId,
      requestedById: patient.pwpId,
      action: t.action,
      moduleId: t.moduleId,
      replacementModuleId: t.replacementModuleId,
      ...reasonColumns(t.reason),
      status: t.status,
      decision: t.status === 'pending' ? null : t.status === 'declined' ? 'declined' : 'approved',
      decidedById: decidedAt ? (navigator[0]?.id ?? null) : null,
      decisionNote: t.note,
      decidedAt,
      round: t.status === 'applied' ? 1 : 0,
      attempts: t.status === 'applied' ? 1 : 0,
      appliedAt: t.status === 'applied' && decidedAt ? new Date(decidedAt.getTime() + 60_000) : null,
      createdAt,
      updatedAt: decidedAt ?? createdAt,
    });
    if (t.status === 'applied') await manager.update(PatientEntity, { id: patient.id }, { mandatoryModules: planAfter(patient.mandatoryModules, t) });
    asked.push(patient);
  }
  return asked;
}
