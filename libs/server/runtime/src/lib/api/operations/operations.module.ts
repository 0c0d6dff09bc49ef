import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { HEALTH_QUEUES, ScheduleRunsStore } from '@navdesk/server/core';
import { OperationsController } from './operations.controller';
import { SchedulesAdminController } from './schedules-admin.controller';

/** Admin views of the queues, the schedules and the e-mail outbox. */
@Module({})
export class OperationsModule {
  static forQueues(queueNames: readonly string[]): DynamicModule {
    return {
      module: OperationsModule,
      imports: queueNames.map((name) => BullModule.registerQueue({ name })),
      controllers: [OperationsController, SchedulesAdminController],
      providers: [ScheduleRunsStore, { provide: HEALTH_QUEUES, inject: queueNames.map((n) => getQueueToken(n)), useFactory: (...queues: Queue[]) => queues }],
    };
  }
}
