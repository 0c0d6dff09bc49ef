import { Module } from '@nestjs/common';
import { LivePublisherModule } from '@navdesk/server/live';
import { NotificationsModule } from '@navdesk/server/notifications';
import { TrainingBookingsService } from './bookings/training-bookings.service';
import { TrainingModulesService } from './catalogue/training-modules.service';
import { QuestionTopicsService } from './questions/question-topics.service';
import { TrainingRecordsService } from './records/training-records.service';
import { TrainingSessionsController } from './sessions/training-sessions.controller';
import { TrainingSessionsService } from './sessions/training-sessions.service';
import { TrainingController } from './training.controller';

/** api side: the catalogue, sessions, bookings, attendance, records and question topics. Training has no jobs. */
@Module({
  imports: [NotificationsModule, LivePublisherModule],
  controllers: [TrainingController, TrainingSessionsController],
  providers: [TrainingModulesService, TrainingSessionsService, TrainingBookingsService, TrainingRecordsService, QuestionTopicsService],
})
export class TrainingApiModule {}
