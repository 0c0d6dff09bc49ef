import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { PasswordHasher } from '@navdesk/server/identity';
import { newPatientRef, PatientEntity, PatientSessionEntity } from '@navdesk/server/patients';
import { seedDemoIntegrationKeys } from './demo-integration-keys';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SERVICES } from './demo-people';
import { seedDemoResets } from './demo-reset-seeder';
import { seedDemoTailoring } from './demo-tailoring-seeder';
import { seedDemoTickets } from './demo-ticket-seeder';
import { seedDemoTraining } from './demo-training-seeder';
import { onWeekday, seededRandom, weeklySessionPlan } from './session-plan';

export const DEMO_PATIENT_COUNT = 200;
/** Every demo patient's register plan (the base their tailoring applies to). */
const DEMO_PLAN = ['m01-understanding-depression', 'm02-behavioural-activation', 'm03-thoughts-and-feelings', 'm04-problem-solving'];

/**
 * Demo data for a newcomer's first `npm start`: only into an empty database, never in production.
 * Later issues extend it (tickets, resets, engagement…).
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Returns false when the database already holds data (nothing is changed then). */
  async seedIfEmpty(now = new Date()): Promise<boolean> {
    if (this.config.NODE_ENV === 'production') throw new Error('Demo data is never seeded in production');
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      // One seeder at a time, even if two api processes start together.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['navdesk-demo-seed']);
      if ((await manager.count(ServiceEntity)) > 0 || (await manager.count(UserEntity)) > 0) return false;
      const services = await manager.save(DEMO_SERVICES.map((s) => manager.create(ServiceEntity, { code: s.code, name: s.name })));
      const users = await manager.save(
        DEMO_PEOPLE.map((p) =>
          manager.create(UserEntity, { email: p.email, name: p.name, role: p.role, passwordHash, active: true, services: p.services.map((i) => services[i]).filter((s): s is ServiceEntity => !!s) }),
        ),
      );
      const pwps = users.filter((u) => u.role === 'pwp');
      await this.seedPatients(manager, pwps, now);
      await seedDemoIntegrationKeys(manager, services, this.config.TOKEN_PEPPER);
      const tickets = await seedDemoTickets(manager, now);
      const resets = await seedDemoResets(manager, now);
      const training = await seedDemoTraining(manager, services, users, now);
      const tailoring = await seedDemoTailoring(manager, now);
      this.logger.log(
        `Demo data seeded: ${services.length} services, ${users.length} people, ${DEMO_PATIENT_COUNT} patients, ${tickets} tickets, ${resets} log-in resets, ${training.sessions} training sessions (${training.attendances} attendances), ${tailoring} tailoring requests`,
      );
      return true;
    });
  }

  private async seedPatients(manager: EntityManager, pwps: UserEntity[], now: Date): Promise<void> {
    const random = seededRandom(20261126);
    const refs = new Set<string>();
    const day = 24 * 3600_000;
    for (let i = 0; i < DEMO_PATIENT_COUNT; i++) {
      const pwp = pwps[i % pwps.length];
      if (!pwp) continue;
      let ref = newPatientRef((max) => Math.floor(random() * max));
      while (refs.has(ref)) ref = newPatientRef((max) => Math.floor(random() * max));
      refs.add(ref);
      // Plans started between ten weeks ago and a week from now, so some patients are near the end,
      // some mid-way and a few not started; sessions fall on weekdays between 09:00 and 16:00.
      const startOffsetDays = Math.floor(random() * 77) - 70;
      const hour = 9 + Math.floor(random() * 8);
      const first = onWeekday(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour) + startOffsetDays * day));
      const patient = await manager.save(manager.create(PatientEntity, { ref, serviceId: pwp.services[0]?.id ?? '', pwpId: pwp.id, mandatoryModules: [...DEMO_PLAN], registerMandatoryModules: [...DEMO_PLAN] }));
      await manager.insert(
        PatientSessionEntity,
        weeklySessionPlan(first).map((s) => ({ patientId: patient.id, number: s.number, startsAt: onWeekday(s.startsAt), mode: s.mode })),
      );
    }
  }
}
