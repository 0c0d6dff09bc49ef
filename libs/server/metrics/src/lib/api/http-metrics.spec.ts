import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MetricsRegistry } from '../metrics-registry';
import { HttpMetrics, methodLabel, routeLabel, UNMATCHED_ROUTE } from './http-metrics';

describe('route and method labels', () => {
  it('label a request by its route template, or as unmatched', () => {
    expect(routeLabel({ baseUrl: '', route: { path: '/api/tickets/:id' } })).toBe('/api/tickets/:id');
    expect(routeLabel({ baseUrl: '/api', route: { path: '/tickets/:id' } })).toBe('/api/tickets/:id');
    expect(routeLabel({})).toBe(UNMATCHED_ROUTE);
    expect(routeLabel({ route: { path: /regexp/ } })).toBe(UNMATCHED_ROUTE);
    expect(routeLabel({ baseUrl: '', route: { path: '/{*path}' } })).toBe(UNMATCHED_ROUTE);
  });

  it('keep the usual methods and fold the rest into one', () => {
    expect(['get', 'POST', 'patch'].map(methodLabel)).toEqual(['GET', 'POST', 'PATCH']);
    expect(methodLabel('PROPFIND')).toBe('OTHER');
    expect(methodLabel(undefined)).toBe('OTHER');
  });
});

describe('HttpMetrics middleware', () => {
  const metrics = new MetricsRegistry();
  let server: Server;
  let base: string;
  const id = '7f0c1a52-3c55-4e0e-9b7e-2d9a1f1b0c11';

  beforeAll(async () => {
    const app = express();
    app.use(new HttpMetrics(metrics).middleware);
    app.get('/api/tickets/:id', (_req, res) => void res.status(404).json({ statusCode: 404 }));
    app.get('/api/events/stream', (_req, res) => {
      res.setHeader('Content-Type', 'text/event-stream');
      res.end(': connected\n\n');
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('times requests by route template and status, never by their URL, and leaves event streams out', async () => {
    await (await fetch(`${base}/api/tickets/${id}?q=secret`)).text();
    await (await fetch(`${base}/no/such/${id}`)).text();
    await (await fetch(`${base}/api/events/stream`)).text();
    // The response has ended for the client; the server's 'close' follows at once.
    let text = '';
    for (let i = 0; i < 50 && !text.includes('route="unmatched"'); i++) {
      text = await metrics.render();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(text).toContain('navdesk_http_request_duration_seconds_count{method="GET",route="/api/tickets/:id",status="404"} 1');
    expect(text).toContain('navdesk_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"} 1');
    expect(text).not.toContain(id);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('/api/events/stream');
  });
});
