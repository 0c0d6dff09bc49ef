import { InjectQueue, Processor } from '@nestjs/bullmq';
import { type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  NavdeskWorkerHost,
  ScheduleRegistry,
  unknownJob,
  type JobOf,
} from '@navdesk/server/core';
import { TrainingRemindersService } from './reminders/training-reminders.service';
import {
  SESSION_REMINDERS_SCHEDULE,
  TRAINING_JOBS,
  TRAINING_QUEUE,
  type TrainingJobs,
} from './training.constants';

/** The training queue: the day-before session reminders. */
@Processor(TRAINING_QUEUE)
export class TrainingProcessor
  extends NavdeskWorkerHost
  implements OnModuleInit
{
  constructor(
    private readonly reminders: TrainingRemindersService,
    @InjectQueue(TRAINING_QUEUE) private readonly queue: Queue,
    private readonly schedules: ScheduleRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.schedules.declare(this.queue, [
      {
        name: TRAINING_JOBS.sessionReminders,
        repeat: SESSION_REMINDERS_SCHEDULE,
      },
    ]);
  }

  async process(job: JobOf<TrainingJobs>): Promise<number> {
    this.logger.log(`job ${job.id} ${job.name} start`);
    if (job.name !== TRAINING_JOBS.sessionReminders)
      throw unknownJob(TRAINING_QUEUE, job);
    const reminded = await this.reminders.remindTomorrow();
    this.logger.log(
      `job ${job.id} ${job.name} done: ${reminded} PWPs reminded`,
    );
    return reminded;
  }
}
