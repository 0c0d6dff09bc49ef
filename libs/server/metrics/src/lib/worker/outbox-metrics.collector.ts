import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { COLLECTOR_TIMEOUT_MS, MetricsRegistry } from '../metrics-registry';
import type { ScrapeCollector } from '../scrape-collectors';
import { readBounded } from './bounded-read';

/**
 * `navdesk_outbox_pending` and `navdesk_outbox_oldest_pending_seconds`: committed work the relay has not
 * yet put on a queue. One read of the `ix_outbox_pending` partial index, timed by Postgres' clock.
 */
@Injectable()
export class OutboxMetricsCollector implements ScrapeCollector {
  readonly name = 'outbox';
  private readonly pending: Gauge;
  private readonly oldest: Gauge;

  constructor(
    metrics: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.pending = new Gauge({ name: 'navdesk_outbox_pending', help: 'Outbox rows committed but not yet relayed to their queue', registers: [metrics.registry] });
    this.oldest = new Gauge({ name: 'navdesk_outbox_oldest_pending_seconds', help: 'Age of the oldest outbox row not yet relayed (0 when none)', registers: [metrics.registry] });
    metrics.addCollector(this);
  }

  async collect(): Promise<void> {
    this.pending.reset();
    this.oldest.reset();
    const [row]: { pending: number; oldest: number }[] = await readBounded(this.dataSource, COLLECTOR_TIMEOUT_MS, (m) =>
      m.query(
        `SELECT count(*)::int AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest
           FROM outbox_messages WHERE dispatched_at IS NULL`,
      ),
    );
    this.pending.set(row?.pending ?? 0);
    this.oldest.set(Math.max(0, row?.oldest ?? 0));
  }
}
