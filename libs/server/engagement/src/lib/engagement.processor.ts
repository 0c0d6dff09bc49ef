import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, NavdeskWorkerHost, ScheduleRegistry, unknownJob, type AppConfig, type JobOf } from '@navdesk/server/core';
import { BriefsService } from './briefs/briefs.service';
import { ENGAGEMENT_JOBS, ENGAGEMENT_QUEUE, type EngagementJobs } from './engagement.constants';
import { PatientEvaluationService } from './flags/patient-evaluation.service';
import { EngagementPartitionsService } from './partitions/engagement-partitions.service';
import { EngagementRollupService } from './rollup/engagement-rollup.service';

/**
 * The engagement queue runs schedules only: the work itself waits in Postgres (dirty days and
 * patients written with the events), so a Redis outage delays it and loses nothing. One at a time.
 */
@Processor(ENGAGEMENT_QUEUE, { concurrency: 1 })
export class EngagementProcessor extends NavdeskWorkerHost implements OnModuleInit {
  constructor(
    private readonly rollup: EngagementRollupService,
    private readonly evaluation: PatientEvaluationService,
    private readonly briefs: BriefsService,
    private readonly partitions: EngagementPartitionsService,
    @InjectQueue(ENGAGEMENT_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedules: ScheduleRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.schedules.declare(this.queue, [
      { name: ENGAGEMENT_JOBS.process, repeat: { every: this.config.ENGAGEMENT_PROCESS_EVERY_MS }, attempts: 1 },
      { name: ENGAGEMENT_JOBS.partitions, repeat: { pattern: '10 1 * * *', tz: 'Europe/London', immediately: true }, attempts: 1 },
      { name: ENGAGEMENT_JOBS.nightly, repeat: { pattern: '30 2 * * *', tz: 'Europe/London' }, attempts: 1 },
      { name: ENGAGEMENT_JOBS.briefs, repeat: { every: 15 * 60_000 }, attempts: 1 },
    ]);
  }

  async process(job: JobOf<EngagementJobs>): Promise<string> {
    switch (job.name) {
      case ENGAGEMENT_JOBS.process: {
        const days = await this.rollup.drain();
        const evaluated = await this.evaluation.drain();
        const briefs = evaluated.length ? await this.briefs.prepareFor(evaluated.map((e) => e.patientId)) : 0;
        return `days ${days}, patients ${evaluated.length}, briefs ${briefs}`;
      }
      case ENGAGEMENT_JOBS.partitions:
        return (await this.partitions.prepare()).join(', ');
      case ENGAGEMENT_JOBS.nightly: {
        const marked = await this.evaluation.markAll();
        const briefs = await this.briefs.prepareUpcoming();
        return `patients marked ${marked}, briefs ${briefs}`;
      }
      case ENGAGEMENT_JOBS.briefs:
        return `briefs ${await this.briefs.prepareUpcoming()}`;
      default:
        throw unknownJob(ENGAGEMENT_QUEUE, job);
    }
  }
}
