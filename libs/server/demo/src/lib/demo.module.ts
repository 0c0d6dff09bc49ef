import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { IdentityApiModule } from '@navdesk/server/identity';
import { DemoSeeder } from './demo-seeder';

/** Seeds demo data at api start-up when DEMO_SEED=true (after migrations have run). */
@Module({ imports: [IdentityApiModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule implements OnApplicationBootstrap {
  constructor(
    private readonly seeder: DemoSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.DEMO_SEED) await this.seeder.seedIfEmpty();
  }
}
