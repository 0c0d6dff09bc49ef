import { Module } from '@nestjs/common';
import { LiveApiModule } from '@navdesk/server/live';
import { MetricsRegistry } from '../metrics-registry';
import { HttpMetrics } from './http-metrics';
import { LiveConnectionsCollector } from './live-connections.collector';

/**
 * The api's metrics: HTTP latency by route template and open live streams. `configureApi` mounts the
 * latency middleware and `GET /metrics` (plain Express, outside `/api` and the OpenAPI document).
 */
@Module({
  imports: [LiveApiModule],
  providers: [MetricsRegistry, HttpMetrics, LiveConnectionsCollector],
  exports: [MetricsRegistry, HttpMetrics],
})
export class ApiMetricsModule {}
