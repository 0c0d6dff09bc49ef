import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { LiveApiModule, LivePublisherModule } from '@navdesk/server/live';
import { BriefsService } from './briefs/briefs.service';
import { ENGAGEMENT_QUEUE } from './engagement.constants';
import { EngagementProcessor } from './engagement.processor';
import { FlagsService } from './flags/flags.service';
import { PatientEvaluationService } from './flags/patient-evaluation.service';
import { EngagementIngestService } from './ingest/engagement-ingest.service';
import { EngagementFeedController } from './ingest/engagement.controller';
import { EngagementPartitionsService } from './partitions/engagement-partitions.service';
import { PatientEngagementController } from './patient-engagement.controller';
import { CaseloadService } from './query/caseload.service';
import { PatientEngagementService } from './query/patient-engagement.service';
import { PatientRegisterService } from './register/patient-register.service';
import { EngagementRollupService } from './rollup/engagement-rollup.service';

/** api side: the programme's and the register's feeds, caseloads, patient pages, flags, briefs. */
@Module({
  imports: [LiveApiModule],
  controllers: [EngagementFeedController, PatientEngagementController],
  providers: [EngagementIngestService, PatientRegisterService, CaseloadService, PatientEngagementService, FlagsService, BriefsService],
})
export class EngagementApiModule {}

/** worker side: rollups, flags, briefs and partitions, on schedules over work kept in Postgres. */
@Module({
  imports: [BullModule.registerQueue({ name: ENGAGEMENT_QUEUE }), LivePublisherModule],
  providers: [EngagementProcessor, EngagementRollupService, PatientEvaluationService, BriefsService, EngagementPartitionsService],
  exports: [EngagementRollupService, PatientEvaluationService, BriefsService, EngagementPartitionsService],
})
export class EngagementWorkerModule {}
