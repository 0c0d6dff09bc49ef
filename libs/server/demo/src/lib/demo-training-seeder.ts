import type { EntityManager } from 'typeorm';
import type { TrainingFormat, TrainingTopic } from '@navdesk/contracts';
import type { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { TrainingModuleEntity, TrainingSessionEntity, tomorrowInLondon } from '@navdesk/server/training';
import { onWeekday, seededRandom } from './session-plan';

const DAY = 24 * 3600_000;

interface DemoModule {
  title: string;
  topic: TrainingTopic;
  format: TrainingFormat;
  durationMinutes: number;
  core: boolean;
  description: string;
  material: string | null;
}

/** The shared catalogue: the core induction, then what the study's PWPs asked for. */
const DEMO_MODULES: DemoModule[] = [
  { title: 'Your role in blended CBT', topic: 'programme_basics', format: 'workshop', durationMinutes: 90, core: true, description: 'What the online programme does between sessions, what the PWP does, and how the two fit the working alliance.', material: 'role-in-blended-cbt' },
  { title: 'Getting a patient started on the programme', topic: 'onboarding_patients', format: 'workshop', durationMinutes: 60, core: true, description: 'Introducing the app in the first session, setting up the account together, agreeing when to use it.', material: 'getting-started' },
  { title: 'Reading engagement and mood data before a session', topic: 'reading_engagement', format: 'workshop', durationMinutes: 60, core: true, description: 'The pre-session brief, the mood chart and the log-in calendar: what they tell you in one minute.', material: 'reading-engagement' },
  { title: 'Helping patients choose modules', topic: 'choosing_modules', format: 'workshop', durationMinutes: 60, core: false, description: 'Matching modules to goals, and talking through a module the patient found hard.', material: null },
  { title: 'Tailoring the programme for co-morbid anxiety', topic: 'tailoring', format: 'e_learning', durationMinutes: 45, core: false, description: 'When to ask to skip, replace or add a module, and how to write the reason.', material: 'tailoring' },
  { title: 'Log-in and app troubleshooting', topic: 'troubleshooting_access', format: 'guide', durationMinutes: 20, core: false, description: 'Resets, locked accounts and the known app faults, step by step.', material: 'troubleshooting' },
  { title: 'Reminders without nagging', topic: 'notifications', format: 'video', durationMinutes: 15, core: false, description: 'Agreeing reminder frequency and quiet hours with the patient.', material: 'reminders' },
];

/**
 * Sessions of the term, per service, in days from today (negative: already run). Each module's first
 * run is at least five weeks ago, so the Outcomes page can count questions in the month after it; the
 * tailoring and module-choice runs come last, so a quarter that began six weeks ago already holds
 * training a month old. Onboarding and module choice run once, so some PWPs still have them to come.
 */
const TERM: { module: number; inDays: number; capacity: number }[] = [
  { module: 0, inDays: -84, capacity: 12 },
  { module: 1, inDays: -70, capacity: 12 },
  { module: 2, inDays: -56, capacity: 12 },
  { module: 4, inDays: -44, capacity: 10 },
  { module: 3, inDays: -37, capacity: 10 },
  { module: 0, inDays: -28, capacity: 12 },
  { module: 2, inDays: -14, capacity: 12 },
  { module: 4, inDays: -7, capacity: 10 },
  { module: 1, inDays: 6, capacity: 12 },
  { module: 3, inDays: 9, capacity: 8 },
  { module: 2, inDays: 13, capacity: 12 },
  { module: 4, inDays: 20, capacity: 10 },
];

/** A PWP at a session on a topic (attended, or booked ahead): their "how do I…" questions on it come before it, not after. */
export interface DemoTraining {
  pwpId: string;
  topic: TrainingTopic;
  at: Date;
}

/**
 * A term of training for every service: the shared catalogue, past sessions with attendance and
 * confidence (rising for most), upcoming ones with a few seats booked. Some PWPs miss part of the core
 * induction, so coverage has something to show.
 */
export async function seedDemoTraining(manager: EntityManager, services: ServiceEntity[], users: UserEntity[], now: Date): Promise<{ sessions: number; attendances: DemoTraining[]; bookings: DemoTraining[] }> {
  const random = seededRandom(6_2026);
  const modules = await manager.save(
    DEMO_MODULES.map((m) =>
      manager.create(TrainingModuleEntity, {
        title: m.title,
        topic: m.topic,
        format: m.format,
        durationMinutes: m.durationMinutes,
        core: m.core,
        description: m.description,
        materialUrl: m.material ? `https://learning.navdesk.example/b-cbt/${m.material}` : null,
        serviceId: null,
        createdById: null,
      }),
    ),
  );
  let sessions = 0;
  const attendances: DemoTraining[] = [];
  const bookings: DemoTraining[] = [];
  for (const service of services) {
    const pwps = users.filter((u) => u.role === 'pwp' && u.services.some((s) => s.id === service.id));
    const navigator = users.find((u) => u.role === 'navigator' && u.services.some((s) => s.id === service.id));
    const attended = new Map<string, Set<number>>();
    for (const slot of TERM) {
      const module = modules[slot.module] as TrainingModuleEntity;
      const start = onWeekday(new Date(now.getTime() + slot.inDays * DAY));
      start.setUTCHours(slot.module % 2 ? 13 : 9, 30, 0, 0);
      const past = start.getTime() < now.getTime();
      // Past: each PWP who had not done this module came with a 70% chance. Upcoming: about a third booked.
      const coming = pwps.filter((p) => {
        const done = attended.get(p.id) ?? new Set<number>();
        return past ? !done.has(slot.module) && random() < 0.7 : random() < 0.35;
      });
      const session = manager.create(TrainingSessionEntity, {
        moduleId: module.id,
        serviceId: service.id,
        startsAt: start,
        durationMinutes: module.durationMinutes,
        mode: slot.module % 3 === 0 ? 'in_person' : 'online',
        location: slot.module % 3 === 0 ? `Training room, ${service.name}` : 'Video link sent with the booking',
        capacity: slot.capacity,
        booked: Math.min(coming.length, slot.capacity),
        cancelledAt: null,
        createdById: navigator?.id ?? null,
      });
      await manager.save(session);
      sessions++;
      for (const pwp of coming.slice(0, slot.capacity)) {
        await manager.query(`INSERT INTO training_bookings (session_id, pwp_id, status, created_at, updated_at) VALUES ($1, $2, 'booked', $3, $3)`, [session.id, pwp.id, new Date(start.getTime() - (3 + random() * 10) * DAY)]);
        if (!past) {
          bookings.push({ pwpId: pwp.id, topic: module.topic, at: start });
          continue;
        }
        const before = 2 + Math.floor(random() * 5);
        const gain = random() < 0.8 ? 1 + Math.floor(random() * 4) : random() < 0.5 ? 0 : -1;
        const after = Math.max(1, Math.min(10, before + gain));
        await manager.query(
          `INSERT INTO training_attendance (session_id, pwp_id, confidence_before, confidence_after, recorded_by_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)`,
          [session.id, pwp.id, before, after, navigator?.id ?? null, new Date(start.getTime() + module.durationMinutes * 60_000)],
        );
        attended.set(pwp.id, (attended.get(pwp.id) ?? new Set<number>()).add(slot.module));
        attendances.push({ pwpId: pwp.id, topic: module.topic, at: start });
      }
    }
    bookings.push(...(await seedTomorrowsSession(manager, service, modules[TOMORROW_MODULE] as TrainingModuleEntity, pwps, navigator, now)));
    sessions++;
  }
  return { sessions, attendances, bookings };
}

/** The troubleshooting guide runs tomorrow in every service, whatever the weekday. */
const TOMORROW_MODULE = 5;

/**
 * A session tomorrow (London) with the service's first two PWPs booked and the next two invited, so the
 * day-before reminder reaches pwp01's bell and inbox on a newcomer's first day (the worker reminds at start
 * and every hour from 08:05).
 */
async function seedTomorrowsSession(manager: EntityManager, service: ServiceEntity, module: TrainingModuleEntity, pwps: UserEntity[], navigator: UserEntity | undefined, now: Date): Promise<DemoTraining[]> {
  // 10:00 tomorrow in London: the window's first instant plus ten hours (a clock change falls at 01:00–02:00).
  const start = new Date(tomorrowInLondon(now).from.getTime() + 10 * 3600_000);
  const byEmail = [...pwps].sort((a, b) => a.email.localeCompare(b.email));
  const booked = byEmail.slice(0, 2);
  const session = await manager.save(
    manager.create(TrainingSessionEntity, {
      moduleId: module.id,
      serviceId: service.id,
      startsAt: start,
      durationMinutes: module.durationMinutes,
      mode: 'online',
      location: 'Video link sent with the booking',
      capacity: 8,
      booked: booked.length,
      cancelledAt: null,
      createdById: navigator?.id ?? null,
    }),
  );
  for (const pwp of booked) await manager.query(`INSERT INTO training_bookings (session_id, pwp_id, status, created_at, updated_at) VALUES ($1, $2, 'booked', $3, $3)`, [session.id, pwp.id, new Date(now.getTime() - 2 * DAY)]);
  for (const pwp of byEmail.slice(2, 4)) await manager.query(`INSERT INTO training_invitations (session_id, pwp_id, invited_by_id, created_at) VALUES ($1, $2, $3, $4)`, [session.id, pwp.id, navigator?.id ?? null, new Date(now.getTime() - 3 * DAY)]);
  return booked.map((pwp) => ({ pwpId: pwp.id, topic: module.topic, at: start }));
}
