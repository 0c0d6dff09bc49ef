import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { isScheduleLate, ScheduleRunEntity, scheduleKey } from '@navdesk/server/core';
import { COLLECTOR_TIMEOUT_MS, MetricsRegistry } from '../metrics-registry';
import type { ScrapeCollector } from '../scrape-collectors';
import { readBounded } from './bounded-read';
import { secondsSinceLastRun } from './schedule-ages';

/**
 * `navdesk_schedule_seconds_since_last_run{schedule}` and `navdesk_schedule_late{schedule}` (0/1, as
 * /api/health judges it), from `schedule_runs`: one row per schedule, so one small read.
 */
@Injectable()
export class ScheduleMetricsCollector implements ScrapeCollector {
  readonly name = 'schedules';
  private readonly sinceLastRun: Gauge<'schedule'>;
  private readonly late: Gauge<'schedule'>;

  constructor(
    metrics: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.sinceLastRun = new Gauge({
      name: 'navdesk_schedule_seconds_since_last_run',
      help: 'Seconds since each schedule (queue/name) last succeeded, or since a worker registered it if it has not yet',
      labelNames: ['schedule'],
      registers: [metrics.registry],
    });
    this.late = new Gauge({ name: 'navdesk_schedule_late', help: '1 when a schedule is more than three intervals late (as /api/health), else 0', labelNames: ['schedule'], registers: [metrics.registry] });
    metrics.addCollector(this);
  }

  async collect(): Promise<void> {
    // Reset first: a retired schedule's series disappears, and a failed read shows nothing rather than stale values.
    this.sinceLastRun.reset();
    this.late.reset();
    const rows = await readBounded(this.dataSource, COLLECTOR_TIMEOUT_MS, (m) => m.getRepository(ScheduleRunEntity).find());
    const now = new Date();
    for (const row of rows) {
      const schedule = scheduleKey(row.queue, row.name);
      this.sinceLastRun.set({ schedule }, secondsSinceLastRun(row, now));
      this.late.set({ schedule }, isScheduleLate(row, now) ? 1 : 0);
    }
  }
}
