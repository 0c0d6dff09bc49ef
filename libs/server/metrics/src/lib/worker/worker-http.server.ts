import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { answerScrape, sendError } from '../metrics-endpoint';
import { MetricsRegistry } from '../metrics-registry';
import { listen } from './listen';

/**
 * The worker's only HTTP: `GET /metrics` (the same bearer token as the api's) and `GET /health` (200 once the
 * Nest context is up; the compose healthcheck). Plain node:http: the worker has no Nest HTTP adapter.
 * It listens as the modules initialise, so a port in use stops the worker before its schedules start.
 */
@Injectable()
export class WorkerHttpServer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly server = createServer((req, res) => void this.answer(req, res));
  private ready = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
  ) {}

  /** The port it listens on (the configured one, or the one the system chose for 0). */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async onModuleInit(): Promise<void> {
    await listen(this.server, this.config.WORKER_HTTP_PORT, 'WORKER_HTTP_PORT');
  }

  onApplicationBootstrap(): void {
    this.ready = true;
  }

  async onModuleDestroy(): Promise<void> {
    this.ready = false;
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Prometheus keeps its connection alive between scrapes; it must not hold the shutdown.
    this.server.closeAllConnections();
    await closed;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' && path !== '/health') return sendError(res, 404, 'Not found: the worker serves only /metrics and /health');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, `${path} answers GET only`);
    }
    if (path === '/metrics') return answerScrape(req, res, this.metrics, this.config.METRICS_TOKEN);
    res.statusCode = this.ready ? 200 : 503;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ status: this.ready ? 'ok' : 'starting' }));
  }
}
