import { Module } from '@nestjs/common';
import { AccountsController, SimulateController } from './accounts.controller';
import { AccountsStore } from './accounts.store';
import { AdminController } from './admin.controller';
import { DemoPageController } from './demo-page.controller';
import { EngagementFeedController } from './engagement/engagement-feed.controller';
import { EngagementFeedService } from './engagement/engagement-feed.service';
import { FaultsService } from './faults.service';
import { loadSimConfig, SIM_CONFIG } from './sim-config';

/** A stand-in for the digital programme (its admin API and its engagement feed), for the demo, end-to-end and load tests. */
@Module({
  controllers: [AccountsController, SimulateController, AdminController, EngagementFeedController, DemoPageController],
  providers: [AccountsStore, FaultsService, EngagementFeedService, { provide: SIM_CONFIG, useFactory: () => loadSimConfig(process.env) }],
})
export class ProgrammeSimModule {}
