import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, OutboxModule, type AppConfig } from '@navdesk/server/core';
import { LiveApiModule, LivePublisherModule } from '@navdesk/server/live';
import { NotificationsModule } from '@navdesk/server/notifications';
import { ProgrammeModule } from '@navdesk/server/programme';
import { ProgrammeAccountService } from './account/programme-account.service';
import { NotificationChangeDeliveryService } from './delivery/notification-change-delivery.service';
import { ResetDeliveryService } from './delivery/reset-delivery.service';
import { LoginResetsController } from './login-resets.controller';
import { NotificationChangesService } from './notification-control/notification-changes.service';
import { PatientProgrammeController } from './patient-programme.controller';
import { ProgrammeProcessor } from './programme.processor';
import { LoginResetsQueryService } from './query/login-resets-query.service';
import { LoginResetsService } from './requests/login-resets.service';
import { PROGRAMME_QUEUE, programmeJobOptions } from './resets.constants';
import { ResetCompletionService } from './tracking/reset-completion.service';
import { ResetTrackingService } from './tracking/reset-tracking.service';

/** api side: asking for resets and reminder changes, reading them, the account on demand. */
@Module({
  imports: [OutboxModule, LiveApiModule, ProgrammeModule],
  controllers: [LoginResetsController, PatientProgrammeController],
  providers: [LoginResetsService, LoginResetsQueryService, NotificationChangesService, ProgrammeAccountService, ResetCompletionService],
})
export class ResetsApiModule {}

/** worker side: talking to the programme (the only place that sends it anything), tracking sent resets. */
@Module({
  imports: [
    BullModule.registerQueueAsync({ name: PROGRAMME_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ defaultJobOptions: programmeJobOptions(config.RESETS_RETRY_DELAY_MS) }) }),
    NotificationsModule,
    LivePublisherModule,
    ProgrammeModule,
  ],
  providers: [ProgrammeProcessor, ResetDeliveryService, NotificationChangeDeliveryService, ResetTrackingService, ResetCompletionService],
  exports: [ResetTrackingService],
})
export class ResetsWorkerModule {}
