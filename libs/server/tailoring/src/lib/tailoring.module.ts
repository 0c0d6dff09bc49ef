import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, OutboxModule, type AppConfig } from '@navdesk/server/core';
import { LivePublisherModule } from '@navdesk/server/live';
import { NotificationsModule } from '@navdesk/server/notifications';
import { ProgrammeModule } from '@navdesk/server/programme';
import { TailoringDeliveryService } from './delivery/tailoring-delivery.service';
import { PatientTailoringController } from './patient-tailoring.controller';
import { PatientPlansModule } from './plan/patient-plans.module';
import { TailoringQueryService } from './query/tailoring-query.service';
import { TailoringRequestsService } from './requests/tailoring-requests.service';
import { TAILORING_QUEUE, tailoringJobOptions } from './tailoring.constants';
import { TailoringController } from './tailoring.controller';
import { TailoringProcessor } from './tailoring.processor';

/** api side: asking, deciding, reading. */
@Module({
  imports: [OutboxModule, NotificationsModule, LivePublisherModule],
  controllers: [TailoringController, PatientTailoringController],
  providers: [TailoringRequestsService, TailoringQueryService],
})
export class TailoringApiModule {}

/** worker side: applying approved changes through the programme. */
@Module({
  imports: [
    BullModule.registerQueueAsync({ name: TAILORING_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ defaultJobOptions: tailoringJobOptions(config.RESETS_RETRY_DELAY_MS) }) }),
    NotificationsModule,
    LivePublisherModule,
    ProgrammeModule,
    PatientPlansModule,
  ],
  providers: [TailoringProcessor, TailoringDeliveryService],
})
export class TailoringWorkerModule {}
