import { InjectQueue, Processor } from '@nestjs/bullmq';
import { type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { NavdeskWorkerHost, ScheduleRegistry, unknownJob, type JobOf } from '@navdesk/server/core';
import { MAINTENANCE_JOBS, MAINTENANCE_QUEUE, SESSION_RETENTION_DAYS, type MaintenanceJobs } from './maintenance.constants';

/** Repeatable housekeeping. Each run is idempotent: it deletes what is past retention, if anything. */
@Processor(MAINTENANCE_QUEUE)
export class MaintenanceProcessor extends NavdeskWorkerHost implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
    private readonly schedules: ScheduleRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.schedules.declare(this.queue, [{ name: MAINTENANCE_JOBS.pruneSessions, repeat: { pattern: '15 3 * * *', tz: 'Europe/London' } }]);
  }

  async process(job: JobOf<MaintenanceJobs>): Promise<number> {
    this.logger.log(`job ${job.id} ${job.name} start`);
    if (job.name !== MAINTENANCE_JOBS.pruneSessions) throw unknownJob(MAINTENANCE_QUEUE, job);
    const result = await this.dataSource.query(
      `DELETE FROM auth_sessions WHERE coalesce(revoked_at, expires_at) < now() - make_interval(days => $1)`,
      [SESSION_RETENTION_DAYS],
    );
    const deleted = Array.isArray(result) ? Number(result[1] ?? 0) : 0;
    this.logger.log(`job ${job.id} ${job.name} done: ${deleted} ended sessions deleted`);
    return deleted;
  }
}
