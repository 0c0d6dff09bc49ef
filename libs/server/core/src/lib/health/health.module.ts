import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ScheduleRunsStore } from '../schedules/schedule-runs.store';
import { HealthController } from './health.controller';
import { HEALTH_QUEUES, HealthService } from './health.service';

/** `/api/health`: Postgres, Redis, the depth of the named queues, and schedules that are late. */
@Module({})
export class HealthModule {
  static forQueues(queueNames: readonly string[]): DynamicModule {
    return {
      module: HealthModule,
      imports: queueNames.map((name) => BullModule.registerQueue({ name })),
      controllers: [HealthController],
      providers: [
        HealthService,
        ScheduleRunsStore,
        {
          provide: HEALTH_QUEUES,
          inject: queueNames.map((name) => getQueueToken(name)),
          useFactory: (...queues: Queue[]) => queues,
        },
      ],
    };
  }
}
