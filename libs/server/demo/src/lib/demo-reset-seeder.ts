import type { EntityManager } from 'typeorm';
import type { ReminderFrequency } from '@navdesk/contracts';
import { LoginResetEntity, LoginResetEventEntity, NotificationChangeEntity } from '@navdesk/server/resets';
import { byRef, type DemoPatient } from './demo-patient-seeder';
import { seededRandom } from './session-plan';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const REASONS: [ReminderFrequency, string][] = [
  ['every_3_days', 'Patient says daily reminders feel like nagging and she dismisses them all'],
  ['every_2_days', 'Reminders arrive during night shifts; patient asked for fewer'],
  ['weekly', 'Patient prefers to plan online sessions himself; reminders were adding pressure'],
];

/**
 * A month of history for the Resets view: most resets completed within hours, some never used
 * (expired), and a few reminder changes. Nothing is under way, so the simulator's fresh state
 * agrees with the register. `inTreatment`: the patients in treatment now, not the history's.
 */
export async function seedDemoResets(manager: EntityManager, inTreatment: readonly DemoPatient[], now: Date): Promise<number> {
  const random = seededRandom(4_2026);
  const patients = byRef(inTreatment);
  let count = 0;
  for (let i = 0; i < patients.length; i += 6) {
    const patient = patients[i] as DemoPatient;
    const createdAt = new Date(now.getTime() - (2 + random() * 28) * DAY);
    const sentAt = new Date(createdAt.getTime() + (20 + random() * 60) * 1000);
    const expired = random() < 0.25 && sentAt.getTime() + 72 * HOUR < now.getTime();
    const completedAt = expired ? null : new Date(sentAt.getTime() + (0.5 + random() * 30) * HOUR);
    const reset = manager.create(LoginResetEntity, {
      patientId: patient.id,
      serviceId: patient.serviceId,
      requestedById: patient.pwpId,
      channel: random() < 0.7 ? 'email' : 'sms',
      status: expired ? 'expired' : 'completed',
      attempts: 1,
      sentAt,
      expiresAt: new Date(sentAt.getTime() + 72 * HOUR),
      completedAt,
      expiredAt: expired ? new Date(sentAt.getTime() + 72 * HOUR) : null,
      createdAt,
      updatedAt: completedAt ?? sentAt,
    });
    await manager.insert(LoginResetEntity, reset);
    await manager.insert(LoginResetEventEntity, [
      { resetId: reset.id, type: 'requested', actorId: patient.pwpId, detail: `Reset by ${reset.channel === 'sms' ? 'SMS' : 'email'} asked for`, at: createdAt },
      { resetId: reset.id, type: 'sent', detail: `The programme sent the link by ${reset.channel === 'sms' ? 'SMS' : 'email'}`, at: sentAt },
      expired
        ? { resetId: reset.id, type: 'expired', detail: 'No log-in within 72 hours of the link being sent', at: reset.expiredAt as Date }
        : { resetId: reset.id, type: 'completed', detail: 'The patient logged in to the programme', at: completedAt as Date },
    ]);
    count++;
  }
  for (const [k, [frequency, reason]] of REASONS.entries()) {
    const patient = patients[k * 17 + 3] as DemoPatient;
    const createdAt = new Date(now.getTime() - (3 + k * 5) * DAY);
    const navigator: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = $1 AND u.role = 'navigator' ORDER BY u.email LIMIT 1`,
      [patient.serviceId],
    );
    if (!navigator[0]) continue;
    await manager.insert(NotificationChangeEntity, {
      patientId: patient.id,
      serviceId: patient.serviceId,
      requestedById: navigator[0].id,
      status: 'applied',
      reminderFrequency: frequency,
      quietFrom: k === 1 ? '20:00' : null,
      quietTo: k === 1 ? '10:00' : null,
      reason,
      attempts: 1,
      appliedAt: new Date(createdAt.getTime() + 30_000),
      createdAt,
      updatedAt: createdAt,
    });
  }
  return count;
}
