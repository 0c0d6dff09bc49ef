import { InjectQueue, Processor } from '@nestjs/bullmq';
import { type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  NavdeskWorkerHost,
  ScheduleRegistry,
  unknownJob,
  type JobOf,
} from '@navdesk/server/core';
import { withinReminderHours } from './reminders/reminder-window';
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

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    // A worker that was down at the hour's tick (or a new install) reminds at once, within the schedule's hours;
    // reminders are written once per session and PWP, so this never sends twice.
    if (!withinReminderHours(new Date())) return;
    this.queue
      .add(TRAINING_JOBS.sessionReminders, {}, { attempts: 3, removeOnComplete: true, removeOnFail: 100 })
      .catch((e: Error) => this.logger.error(`could not send reminders at start: ${e.message}`));
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
