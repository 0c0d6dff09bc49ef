import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@navdesk/server/core';
import { MetricsRegistry } from '../metrics-registry';
import { listen } from './listen';
import { WorkerHttpServer } from './worker-http.server';

const TOKEN = 'worker-metrics-token-0123456789';

describe('WorkerHttpServer', () => {
  let http: WorkerHttpServer;
  let base: string;

  beforeAll(async () => {
    http = new WorkerHttpServer(loadConfig({ WORKER_HTTP_PORT: '0', METRICS_TOKEN: TOKEN }), new MetricsRegistry());
    await http.onModuleInit();
    base = `http://127.0.0.1:${http.port}`;
  });

  afterAll(() => http.onModuleDestroy());

  it('says it is starting until the Nest context is up, then ok', async () => {
    const starting = await fetch(`${base}/health`);
    expect([starting.status, await starting.json()]).toEqual([503, { status: 'starting' }]);
    http.onApplicationBootstrap();
    const up = await fetch(`${base}/health`);
    expect([up.status, await up.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('serves metrics to the token only, and nothing but /metrics and /health', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const scrape = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('process_resident_memory_bytes');
    const missing = await fetch(`${base}/api/health`);
    expect([missing.status, (await missing.json()).error]).toEqual([404, 'Not Found']);
    const posted = await fetch(`${base}/metrics`, { method: 'POST' });
    expect([posted.status, posted.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });
});

describe('listen', () => {
  it('names the variable in one line when the port is taken', async () => {
    const holder = createServer();
    await listen(holder, 0, 'WORKER_HTTP_PORT');
    const { port } = holder.address() as AddressInfo;
    const second: Server = createServer();
    try {
      await expect(listen(second, port, 'WORKER_HTTP_PORT')).rejects.toThrow(
        `WORKER_HTTP_PORT ${port} is already in use (another Navdesk worker on this machine?): give each worker its own port, or 0 for any free one`,
      );
      expect(second.listening).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
