import type { EntityManager } from 'typeorm';
import { BriefOpeningEntity } from '@navdesk/server/engagement';
import { EvenShares, trend } from './demo-history';
import type { DemoPatient } from './demo-patient-seeder';
import { seededRandom } from './session-plan';

const MINUTE = 60_000;

/** How often the PWP read the brief before a face-to-face session: under a third at first, most of them today. */
export const OPENED_BEFORE_SHARE = { then: 0.3, today: 0.82 };
/** Typical minutes between the reading and the session: an hour at first, an afternoon ahead today. */
const MINUTES_BEFORE = { then: 60, today: 300 };
/** Of the briefs not read beforehand, the share opened in or just after the session (which does not count). */
const OPENED_LATE = 0.35;

/**
 * The brief openings behind the Time barrier: for every face-to-face session held so far, whether the
 * patient's PWP opened the brief for it before it started, and when; more often and earlier as the
 * history goes on. Some briefs are opened only once the session has begun.
 */
export async function seedDemoBriefOpenings(manager: EntityManager, patients: readonly DemoPatient[], now: Date): Promise<number> {
  const random = seededRandom(5_2026);
  const opened = new EvenShares();
  const sessions = patients
    .flatMap((patient) => patient.faceToFace.filter((s) => s.getTime() <= now.getTime()).map((startsAt) => ({ patient, startsAt })))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.patient.ref.localeCompare(b.patient.ref));
  const rows: Partial<BriefOpeningEntity>[] = [];
  for (const { patient, startsAt } of sessions) {
    const opening = { serviceId: patient.serviceId, patientId: patient.id, userId: patient.pwpId, sessionStartsAt: startsAt };
    if (opened.take(patient.pwpId, trend(OPENED_BEFORE_SHARE.then, OPENED_BEFORE_SHARE.today, startsAt, now))) {
      const minutes = Math.max(5, Math.round(trend(MINUTES_BEFORE.then, MINUTES_BEFORE.today, startsAt, now) * (0.2 + random() * 1.6)));
      rows.push({ ...opening, openedAt: new Date(startsAt.getTime() - minutes * MINUTE) });
    } else if (random() < OPENED_LATE) {
      const late = new Date(startsAt.getTime() + (5 + random() * 45) * MINUTE);
      if (late.getTime() < now.getTime()) rows.push({ ...opening, openedAt: late });
    }
  }
  for (let i = 0; i < rows.length; i += 1_000) await manager.createQueryBuilder().insert().into(BriefOpeningEntity).values(rows.slice(i, i + 1_000)).updateEntity(false).execute();
  return rows.length;
}
