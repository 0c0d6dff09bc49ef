import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '../metrics-registry';
import type { ScrapeCollector } from '../scrape-collectors';
import { oldestWaitingSeconds } from './queue-ages';

/** The registered queues' names (the runtime's registry): every one has its series from the start. */
export const METRICS_QUEUE_NAMES = Symbol('METRICS_QUEUE_NAMES');

/** The states a dashboard watches; counted in one call per queue. */
export const QUEUE_STATES = ['waiting', 'delayed', 'active', 'failed'] as const;

/**
 * `navdesk_queue_jobs{queue,state}` and `navdesk_queue_oldest_waiting_seconds{queue}`, read from Redis at
 * scrape time through the Queue each domain's worker module registered (no connections of its own).
 */
@Injectable()
export class QueueMetricsCollector implements ScrapeCollector {
  readonly name = 'queues';
  private readonly jobs: Gauge<'queue' | 'state'>;
  private readonly oldestWaiting: Gauge<'queue'>;
  private queues: Queue[] | undefined;

  constructor(
    metrics: MetricsRegistry,
    private readonly moduleRef: ModuleRef,
    @Inject(METRICS_QUEUE_NAMES) private readonly queueNames: readonly string[],
  ) {
    this.jobs = new Gauge({ name: 'navdesk_queue_jobs', help: 'Jobs in each queue by state (waiting, delayed, active, failed)', labelNames: ['queue', 'state'], registers: [metrics.registry] });
    this.oldestWaiting = new Gauge({
      name: 'navdesk_queue_oldest_waiting_seconds',
      help: 'How long the oldest waiting job of each queue has been ready to run (0 when none waits)',
      labelNames: ['queue'],
      registers: [metrics.registry],
    });
    metrics.addCollector(this);
  }

  async collect(): Promise<void> {
    // A queue that cannot be read drops out of this scrape rather than showing its last values as current.
    this.jobs.reset();
    this.oldestWaiting.reset();
    this.queues ??= this.queueNames.map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    const results = await Promise.allSettled(this.queues.map((queue) => this.read(queue)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async read(queue: Queue): Promise<void> {
    const [counts, [oldest]] = await Promise.all([queue.getJobCounts(...QUEUE_STATES), queue.getWaiting(0, 0)]);
    const now = Date.now();
    for (const state of QUEUE_STATES) this.jobs.set({ queue: queue.name, state }, counts[state] ?? 0);
    this.oldestWaiting.set({ queue: queue.name }, oldestWaitingSeconds(oldest, now));
  }
}
