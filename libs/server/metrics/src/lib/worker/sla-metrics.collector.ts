import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { TICKET_READS, type TicketReads } from '@navdesk/server/core';
import { COLLECTOR_TIMEOUT_MS, MetricsRegistry } from '../metrics-registry';
import type { ScrapeCollector } from '../scrape-collectors';
import { readBounded } from './bounded-read';

/**
 * `navdesk_tickets_sla_breached{service}`: open tickets past their SLA now, per service code. The tickets
 * domain answers through its read port (TICKET_READS), which defines "past its SLA"; every service has
 * a series, 0 included, so a dashboard's line drops to 0 rather than vanishing.
 */
@Injectable()
export class SlaMetricsCollector implements ScrapeCollector {
  readonly name = 'sla';
  private readonly breached: Gauge<'service'>;

  constructor(
    metrics: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TICKET_READS) private readonly tickets: TicketReads,
  ) {
    this.breached = new Gauge({ name: 'navdesk_tickets_sla_breached', help: 'Open tickets past their SLA now, by service code', labelNames: ['service'], registers: [metrics.registry] });
    metrics.addCollector(this);
  }

  async collect(): Promise<void> {
    this.breached.reset();
    const rows = await readBounded(this.dataSource, COLLECTOR_TIMEOUT_MS, (m) => this.tickets.slaBreachesByService(m, new Date()));
    for (const row of rows) this.breached.set({ service: row.serviceCode }, row.breached);
  }
}
