import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job, Worker } from 'bullmq';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from '../metrics-registry';
import { METRICS_QUEUE_NAMES } from './queue-metrics.collector';

/** Seconds from a job's start to its end (processedOn → finishedOn); null when it never started. */
export function jobRunSeconds(job: Pick<Job, 'processedOn' | 'finishedOn'> | undefined, now: number): number | null {
  if (!job?.processedOn) return null;
  return Math.max(0, (job.finishedOn ?? now) - job.processedOn) / 1000;
}

/**
 * `navdesk_queue_job_duration_seconds{queue}` and `navdesk_queue_job_failures_total{queue}`, from the
 * BullMQ workers' own `completed` and `failed` events (every processor is a WorkerHost; its worker exists
 * once the modules have initialised). `failed` fires on every failed attempt, retried or not.
 */
@Injectable()
export class JobMetricsListener implements OnApplicationBootstrap {
  private readonly duration: Histogram<'queue'>;
  private readonly failures: Counter<'queue'>;

  constructor(
    metrics: MetricsRegistry,
    private readonly discovery: DiscoveryService,
    @Inject(METRICS_QUEUE_NAMES) queueNames: readonly string[],
  ) {
    this.duration = new Histogram({
      name: 'navdesk_queue_job_duration_seconds',
      help: 'Time each job attempt ran (processedOn to finishedOn), completed or failed, by queue',
      labelNames: ['queue'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [metrics.registry],
    });
    this.failures = new Counter({ name: 'navdesk_queue_job_failures_total', help: 'Failed job attempts (each retry counts), by queue', labelNames: ['queue'], registers: [metrics.registry] });
    for (const queue of queueNames) {
      this.duration.zero({ queue });
      this.failures.inc({ queue }, 0);
    }
  }

  onApplicationBootstrap(): void {
    const seen = new Set<Worker>();
    for (const wrapper of this.discovery.getProviders()) {
      const worker = workerOf(wrapper.instance);
      if (!worker || seen.has(worker)) continue;
      seen.add(worker);
      this.watch(worker);
    }
  }

  private watch(worker: Worker): void {
    const queue = worker.name;
    worker.on('completed', (job) => this.observe(queue, job));
    worker.on('failed', (job) => {
      this.failures.inc({ queue });
      this.observe(queue, job);
    });
  }

  private observe(queue: string, job: Job | undefined): void {
    const seconds = jobRunSeconds(job, Date.now());
    if (seconds !== null) this.duration.observe({ queue }, seconds);
  }
}

/** A processor's BullMQ worker; none for other providers, or a host whose worker was never created. */
function workerOf(instance: unknown): Worker | undefined {
  if (!(instance instanceof WorkerHost)) return undefined;
  try {
    return instance.worker;
  } catch {
    return undefined;
  }
}
