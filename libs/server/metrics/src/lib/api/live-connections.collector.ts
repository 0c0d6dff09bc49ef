import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { LiveEventsHub } from '@navdesk/server/live';
import { MetricsRegistry } from '../metrics-registry';
import type { ScrapeCollector } from '../scrape-collectors';

/** `navdesk_live_stream_connections`: the server-sent event streams this api process holds open. */
@Injectable()
export class LiveConnectionsCollector implements ScrapeCollector {
  readonly name = 'live_streams';
  private readonly connections: Gauge;

  constructor(
    metrics: MetricsRegistry,
    private readonly hub: LiveEventsHub,
  ) {
    this.connections = new Gauge({ name: 'navdesk_live_stream_connections', help: 'Live event streams (/api/events/stream) open on this api process', registers: [metrics.registry] });
    metrics.addCollector(this);
  }

  async collect(): Promise<void> {
    this.connections.set(this.hub.openStreams);
  }
}
