import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, NavdeskWorkerHost, ScheduleRegistry, unknownJob, type AppConfig, type JobOf } from '@navdesk/server/core';
import { NotificationChangeDeliveryService } from './delivery/notification-change-delivery.service';
import { ResetDeliveryService } from './delivery/reset-delivery.service';
import { PROGRAMME_JOBS, PROGRAMME_QUEUE, type ProgrammeJobs } from './resets.constants';
import { isLastAttempt } from './rules/reset-rules';
import { ResetTrackingService } from './tracking/reset-tracking.service';

/** The programme queue: sending resets, applying reminder changes, and tracking sent resets. */
@Processor(PROGRAMME_QUEUE, { concurrency: 4 })
export class ProgrammeProcessor extends NavdeskWorkerHost implements OnModuleInit {
  constructor(
    private readonly resets: ResetDeliveryService,
    private readonly changes: NotificationChangeDeliveryService,
    private readonly tracking: ResetTrackingService,
    @InjectQueue(PROGRAMME_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedules: ScheduleRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.schedules.declare(this.queue, [{ name: PROGRAMME_JOBS.trackResets, repeat: { every: this.config.RESETS_TRACK_EVERY_MS }, attempts: 1 }]);
  }

  async process(job: JobOf<ProgrammeJobs>): Promise<string> {
    const last = isLastAttempt(job.attemptsMade, job.opts.attempts);
    switch (job.name) {
      case PROGRAMME_JOBS.sendReset: {
        const { resetId, round } = job.data;
        return this.resets.deliver(resetId, round, last);
      }
      case PROGRAMME_JOBS.applyNotificationChange:
        return this.changes.apply(job.data.changeId, last);
      case PROGRAMME_JOBS.trackResets: {
        const r = await this.tracking.track();
        return `checked ${r.checked}, completed ${r.completed}, expired ${r.expired}`;
      }
      default:
        throw unknownJob(PROGRAMME_QUEUE, job);
    }
  }
}
