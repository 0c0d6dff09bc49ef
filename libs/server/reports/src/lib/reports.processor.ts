import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, NavdeskWorkerHost, ScheduleRegistry, unknownJob, type AppConfig, type JobOf } from '@navdesk/server/core';
import { WeeklyDigestService } from './digest/weekly-digest.service';
import { ExportBuilderService } from './exports/export-builder.service';
import { ExportPurgeService } from './exports/export-purge.service';
import { EXPORT_PURGE_SCHEDULE, NIGHTLY_RECONCILIATION_SCHEDULE, REPORTS_JOBS, REPORTS_QUEUE, WEEKLY_DIGEST_SCHEDULE, type ReportsJobs } from './reports.constants';
import { TicketRollupService } from './rollup/ticket-rollup.service';

/** Rollup refresh (watermark), nightly reconciliation, CSV exports (built, then deleted when their link expires) and the Monday digest. */
@Processor(REPORTS_QUEUE, { concurrency: 2 })
export class ReportsProcessor extends NavdeskWorkerHost implements OnModuleInit {
  constructor(
    private readonly rollups: TicketRollupService,
    private readonly exports: ExportBuilderService,
    private readonly digest: WeeklyDigestService,
    private readonly purge: ExportPurgeService,
    @InjectQueue(REPORTS_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedules: ScheduleRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.schedules.declare(this.queue, [
      { name: REPORTS_JOBS.refreshRollups, repeat: { every: this.config.REPORTS_REFRESH_EVERY_MS }, attempts: 1 },
      { name: REPORTS_JOBS.reconcileRollups, repeat: NIGHTLY_RECONCILIATION_SCHEDULE, attempts: 1 },
      { name: REPORTS_JOBS.weeklyDigest, repeat: WEEKLY_DIGEST_SCHEDULE, attempts: 1 },
      { name: REPORTS_JOBS.purgeExpiredExports, repeat: EXPORT_PURGE_SCHEDULE, attempts: 1 },
    ]);
  }

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    // Catch up at once after a start, rather than at the first tick of the schedule.
    this.queue.add(REPORTS_JOBS.refreshRollups, {}, { attempts: 1, removeOnComplete: true, removeOnFail: 100 }).catch((e: Error) => this.logger.error(`could not refresh the rollups at start: ${e.message}`));
  }

  async process(job: JobOf<ReportsJobs>): Promise<string> {
    switch (job.name) {
      case REPORTS_JOBS.refreshRollups:
        return `${(await this.rollups.refresh()).buckets} buckets refreshed`;
      case REPORTS_JOBS.reconcileRollups: {
        const r = await this.rollups.reconcile();
        return `${r.checked} buckets checked, ${r.drifted} drifted`;
      }
      case REPORTS_JOBS.buildExport:
        return this.exports.build(job.data.exportId);
      case REPORTS_JOBS.weeklyDigest:
        return `${await this.digest.send()} digests sent`;
      case REPORTS_JOBS.purgeExpiredExports: {
        const r = await this.purge.purge();
        return `${r.purged} expired export files deleted, ${r.removed} old exports removed`;
      }
      default:
        throw unknownJob(REPORTS_QUEUE, job);
    }
  }
}
