import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { PasswordHasher } from '@navdesk/server/identity';
import { seedDemoBriefOpenings } from './demo-brief-openings-seeder';
import { seedDemoIntegrationKeys } from './demo-integration-keys';
import { seedDemoLeaveNotifications } from './demo-leave-notifications-seeder';
import { seedDemoPatients } from './demo-patient-seeder';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SERVICES } from './demo-people';
import { seedDemoResets } from './demo-reset-seeder';
import { seedDemoTailoringHistory } from './demo-tailoring-history';
import { seedDemoTailoring } from './demo-tailoring-seeder';
import { seedDemoTickets } from './demo-ticket-seeder';
import { seedDemoTraining } from './demo-training-seeder';

/**
 * Demo data for a newcomer's first `npm start`: only into an empty database, never in production.
 * Everything is placed relative to `now` and drawn from fixed seeds, so it looks the same whatever day
 * it is seeded: today's caseloads, tickets, resets, training and tailoring, and two quarters of history
 * in which each of the study's four barriers shrinks (demo-history.ts; the Outcomes page); and a navigator
 * back from leave, with over 99 unread notifications (demo-leave-notifications.ts).
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
      const patients = await seedDemoPatients(manager, pwps, now);
      const everyone = [...patients.current, ...patients.history];
      await seedDemoIntegrationKeys(manager, services, this.config.TOKEN_PEPPER);
      const training = await seedDemoTraining(manager, services, users, now);
      const tickets = await seedDemoTickets(manager, everyone, training, now);
      const resets = await seedDemoResets(manager, patients.current, now);
      const asked = await seedDemoTailoring(manager, patients.current, now);
      const decided = await seedDemoTailoringHistory(manager, everyone, users, asked, now);
      const openings = await seedDemoBriefOpenings(manager, everyone, now);
      const bell = await seedDemoLeaveNotifications(manager, users, now);
      this.logger.log(
        `Demo data seeded: ${services.length} services, ${users.length} people, ${patients.current.length} patients in treatment and ${patients.history.length} discharged, ${tickets} tickets, ${resets} log-in resets, ${training.sessions} training sessions (${training.attendances.length} attendances), ${asked.length + decided} tailoring requests, ${openings} brief openings, ${bell} unread notifications for a navigator back from leave`,
      );
      return true;
    });
  }
}
