import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import { HeapAfterGc } from './heap-after-gc';
import { runCollectors, type ScrapeCollector } from './scrape-collectors';

/** How long one collector may read (Postgres, Redis) before the scrape goes on without it. */
export const COLLECTOR_TIMEOUT_MS = 2_000;

/**
 * This process's metrics: its own prom-client Registry (never the library's global one, so an api and a
 * worker booted in one test process stay apart), Node's default metrics under their standard names, and
 * Navdesk's own under `navdesk_` (among them what the heap keeps after each full collection). Values read from Postgres or Redis are refreshed by collectors at
 * scrape time; a collector that fails or is slow only counts an error.
 */
@Injectable()
export class MetricsRegistry implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly heapAfterGc = new HeapAfterGc(this.registry);
  private readonly collectors: ScrapeCollector[] = [];
  private readonly collectorErrors: Counter<'collector'>;
  private refreshing: Promise<void> | undefined;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.collectorErrors = new Counter({
      name: 'navdesk_metrics_collector_errors_total',
      help: 'Scrapes in which a collector failed or timed out (its metrics were left out of that scrape)',
      labelNames: ['collector'],
      registers: [this.registry],
    });
  }

  onModuleDestroy(): void {
    this.heapAfterGc.stop();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  addCollector(collector: ScrapeCollector): void {
    this.collectors.push(collector);
    // The series exists from the start, so a rate() over it has a baseline of 0.
    this.collectorErrors.inc({ collector: collector.name }, 0);
  }

  /** The Prometheus text exposition, after the collectors have read. Never rejects because of a collector. */
  async render(): Promise<string> {
    await this.refresh();
    return this.registry.metrics();
  }

  /** Concurrent scrapes share one round of reads. */
  private refresh(): Promise<void> {
    this.refreshing ??= runCollectors(this.collectors, COLLECTOR_TIMEOUT_MS, (name) => this.collectorErrors.inc({ collector: name })).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }
}
