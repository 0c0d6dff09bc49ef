import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { DependencyStatus, HealthView, LateScheduleView } from '@navdesk/contracts';
import { withTimeout } from '../async/with-timeout';
import { REDIS_CLIENT } from '../queues/redis.module';
import { isScheduleLate } from '../schedules/schedule-lateness';
import { ScheduleRunsStore } from '../schedules/schedule-runs.store';
import { toLateScheduleView } from '../schedules/schedule-views';

export const HEALTH_QUEUES = Symbol('HEALTH_QUEUES');

const CHECK_TIMEOUT_MS = 1_500;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly scheduleRuns: ScheduleRunsStore,
    @Optional() @Inject(HEALTH_QUEUES) private readonly queues: Queue[] = [],
  ) {}

  async check(): Promise<HealthView> {
    const [db, redis] = await Promise.all([this.probe(this.dataSource.query('SELECT 1')), this.probe(this.redis.ping())]);
    const queues: HealthView['queues'] = {};
    for (const queue of this.queues) {
      queues[queue.name] = redis === 'up' ? await this.counts(queue) : 'unknown';
    }
    const late = db === 'up' ? await this.lateSchedules() : [];
    const status = db === 'up' && redis === 'up' ? (late.length ? 'degraded' : 'ok') : 'error';
    return { status, db, redis, queues, schedules: { late } };
  }

  /** Schedules more than three intervals late (one read of a table with a row per schedule). */
  private async lateSchedules(): Promise<LateScheduleView[]> {
    try {
      const now = new Date();
      return (await withTimeout(this.scheduleRuns.all(), CHECK_TIMEOUT_MS, 'the schedule records')).filter((row) => isScheduleLate(row, now)).map(toLateScheduleView);
    } catch {
      // Postgres answered SELECT 1 a moment ago; a failure here is not a late schedule.
      return [];
    }
  }

  private async probe(work: Promise<unknown>): Promise<DependencyStatus> {
    try {
      await withTimeout(work, CHECK_TIMEOUT_MS, 'a dependency check');
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async counts(queue: Queue): Promise<HealthView['queues'][string]> {
    try {
      const c = await withTimeout(queue.getJobCounts('waiting', 'active', 'failed', 'delayed'), CHECK_TIMEOUT_MS, `queue ${queue.name}`);
      return { waiting: c['waiting'] ?? 0, active: c['active'] ?? 0, failed: c['failed'] ?? 0, delayed: c['delayed'] ?? 0 };
    } catch {
      return 'unknown';
    }
  }
}
