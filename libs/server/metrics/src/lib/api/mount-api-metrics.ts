import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express } from 'express';
import { answerScrape } from '../metrics-endpoint';
import { MetricsRegistry } from '../metrics-registry';
import { HttpMetrics } from './http-metrics';

/** Prometheus' path on the api, beside `/api` (SERVER_PATHS keeps the console's fallback off it). */
export const METRICS_PATH = '/metrics';

/**
 * Call first in configureApi: the latency middleware then times every request, and `GET /metrics` is a
 * plain Express route (so neither the global prefix, the session guard nor the OpenAPI document sees it;
 * its own bearer token guards it). Being a route, it is labelled `/metrics` in the latency histogram.
 */
export function mountApiMetrics(app: NestExpressApplication, token: string | undefined): void {
  const metrics = app.get(MetricsRegistry);
  app.use(app.get(HttpMetrics).middleware);
  const server = app.getHttpAdapter().getInstance() as Express;
  server.get(METRICS_PATH, (req, res) => void answerScrape(req, res, metrics, token));
}
