import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerScrape, METRICS_OFF_MESSAGE, METRICS_TOKEN_REQUIRED_MESSAGE, scrapeRefusal, type MetricsSource } from './metrics-endpoint';

const TOKEN = 'a-metrics-token-of-32-characters';

describe('scrapeRefusal', () => {
  it('refuses everyone while no token is configured, saying how to turn metrics on', () => {
    expect(scrapeRefusal(`Bearer ${TOKEN}`, undefined)).toBe(METRICS_OFF_MESSAGE);
    expect(METRICS_OFF_MESSAGE).toContain('METRICS_TOKEN');
  });

  it('refuses a missing, malformed, shorter, longer or different token, and admits the configured one', () => {
    for (const header of [undefined, '', TOKEN, `Basic ${TOKEN}`, 'Bearer ', `Bearer ${TOKEN.slice(1)}`, `Bearer ${TOKEN}x`, `Bearer ${'b'.repeat(32)}`]) {
      expect([header, scrapeRefusal(header, TOKEN)]).toEqual([header, METRICS_TOKEN_REQUIRED_MESSAGE]);
    }
    expect(scrapeRefusal(`Bearer ${TOKEN}`, TOKEN)).toBeNull();
    expect(scrapeRefusal(`bearer ${TOKEN}`, TOKEN)).toBeNull();
  });
});

describe('answerScrape', () => {
  let server: Server;
  let base: string;
  let source: MetricsSource;

  beforeAll(async () => {
    server = createServer((req, res) => void answerScrape(req, res, source, req.url === '/off' ? undefined : TOKEN));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const scrape = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers 401 in the contract’s error shape without the token, with a wrong one, and when metrics are off', async () => {
    source = { contentType: 'text/plain', render: async () => 'navdesk_up 1\n' };
    for (const [path, token, message] of [
      ['/metrics', undefined, METRICS_TOKEN_REQUIRED_MESSAGE],
      ['/metrics', 'wrong-token-wrong-token', METRICS_TOKEN_REQUIRED_MESSAGE],
      ['/off', TOKEN, METRICS_OFF_MESSAGE],
    ] as const) {
      const res = await scrape(path, token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await res.json()).toEqual({ statusCode: 401, error: 'Unauthorized', message });
    }
  });

  it('serves the exposition with its content type to the right token', async () => {
    source = { contentType: 'text/plain; version=0.0.4; charset=utf-8', render: async () => 'navdesk_up 1\n' };
    const res = await scrape('/metrics', TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('navdesk_up 1\n');
  });

  it('answers 503, not 500, if the registry itself fails', async () => {
    source = { contentType: 'text/plain', render: () => Promise.reject(new Error('boom')) };
    const res = await scrape('/metrics', TOKEN);
    expect(res.status).toBe(503);
    expect((await res.json()).statusCode).toBe(503);
  });
});
