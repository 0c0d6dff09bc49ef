import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { LivePublisherModule } from '@navdesk/server/live';
import { NotificationsModule } from '@navdesk/server/notifications';
import { TrainingBookingsService } from './bookings/training-bookings.service';
import { TrainingModulesService } from './catalogue/training-modules.service';
import { QuestionTopicsService } from './questions/question-topics.service';
import { TrainingRecordsService } from './records/training-records.service';
import { TrainingRemindersService } from './reminders/training-reminders.service';
import { TrainingSessionsController } from './sessions/training-sessions.controller';
import { TrainingSessionsService } from './sessions/training-sessions.service';
import { TRAINING_JOB_OPTIONS, TRAINING_QUEUE } from './training.constants';
import { TrainingController } from './training.controller';
import { TrainingProcessor } from './training.processor';

/** api side: the catalogue, sessions, bookings, attendance, records and question topics. */
@Module({
  imports: [NotificationsModule, LivePublisherModule],
  controllers: [TrainingController, TrainingSessionsController],
  providers: [TrainingModulesService, TrainingSessionsService, TrainingBookingsService, TrainingRecordsService, QuestionTopicsService],
})
export class TrainingApiModule {}

/** worker side: the day-before session reminders (a bell notification and its e-mail). */
@Module({
  imports: [BullModule.registerQueue({ name: TRAINING_QUEUE, defaultJobOptions: TRAINING_JOB_OPTIONS }), NotificationsModule, LivePublisherModule],
  providers: [TrainingProcessor, TrainingRemindersService],
  exports: [TrainingRemindersService],
})
export class TrainingWorkerModule {}
