import Redis from 'ioredis';
import { REDIS_CLIENT, TcpProxy } from '@navdesk/server/core';
import { startApiTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';

const REDIS = { host: '127.0.0.1', port: 6379 };

/** One wrong sign-in with an unknown address, as sent through a proxy that appended `forwardedFor`'s last entry. */
function wrongSignIn(t: ApiTestApp, email: string, forwardedFor?: string): ReturnType<ApiTestApp['call']> {
  return t.call('POST', '/api/auth/login', { body: { email, password: 'not-the-password' }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
}

async function auditedAddresses(t: ApiTestApp, email: string): Promise<(string | null)[]> {
  const rows: { ip: string | null }[] = await t.db.query(`SELECT ip FROM audit_log WHERE action = 'auth.login' AND actor_label = $1`, [email]);
  return rows.map((r) => r.ip);
}

/** The sign-in limiter's count for one client address (null: no bucket). */
async function bucket(redis: Redis, t: ApiTestApp, ip: string): Promise<string | null> {
  return redis.get(`${t.env.redisPrefix}:login:ip:${ip}`);
}

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

describe('client addresses behind a proxy, sign-in limits and no-store answers', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(`redis://${REDIS.host}:${REDIS.port}`, { maxRetriesPerRequest: 1 });
  });

  afterAll(() => {
    redis.disconnect();
  });

  describe('TRUST_PROXY=1: one proxy in front', () => {
    let proxy: TcpProxy;
    let t: ApiTestApp;

    beforeAll(async () => {
      // The app's Redis goes through a proxy the last test cuts.
      proxy = await TcpProxy.start(REDIS);
      t = await startApiTestApp({ label: 'addrhop', seedDemo: true, env: { TRUST_PROXY: '1', REDIS_URL: proxy.url } });
    });

    afterAll(async () => {
      await proxy.resume();
      await t.close();
      await proxy.stop();
    });

    it('records and limits the address the proxy saw (right-most), not the forged left-most one', async () => {
      const res = await wrongSignIn(t, 'forger@example.test', '1.2.3.4, 203.0.113.7');
      expect(res.status).toBe(401);
      expect(await auditedAddresses(t, 'forger@example.test')).toEqual(['203.0.113.7']);
      expect(await bucket(redis, t, '203.0.113.7')).toBe('1');
      expect(await bucket(redis, t, '1.2.3.4')).toBeNull();
    });

    it('lets exactly 30 of 50 parallel wrong sign-ins past the address limit, however the left-most address is forged', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => wrongSignIn(t, `guess-${i}@example.test`, `10.9.${i}.1, 198.51.100.50`)));
      expect(tally(results.map((r) => r.status))).toEqual({ 401: 30, 429: 20 });
      const refused = results.find((r) => r.status === 429);
      expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused?.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect(await bucket(redis, t, '198.51.100.50')).toBe('50');
      const audit: { ip: string; outcome: string; n: number }[] = await t.db.query(
        `SELECT ip, outcome, count(*)::int AS n FROM audit_log WHERE action = 'auth.login' AND actor_label LIKE 'guess-%' GROUP BY ip, outcome ORDER BY outcome`,
      );
      expect(audit).toEqual([
        { ip: '198.51.100.50', outcome: 'failure', n: 30 },
        { ip: '198.51.100.50', outcome: 'locked', n: 20 },
      ]);
      // Another client behind the same proxy has a bucket of its own.
      expect((await wrongSignIn(t, 'neighbour@example.test', '198.51.100.51')).status).toBe(401);
    }, 60_000);

    it('checks only 5 of 10 parallel wrong passwords for one account, then locks it', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => wrongSignIn(t, 'pwp02@navdesk.test', `198.51.100.${100 + i}`)));
      expect(tally(results.map((r) => r.status))).toEqual({ 401: 5, 429: 5 });
      const right = await t.call('POST', '/api/auth/login', { body: { email: 'pwp02@navdesk.test', password: 'navdesk-demo' }, headers: { 'x-forwarded-for': '198.51.100.120' } });
      expect(right.status).toBe(429);
    }, 60_000);

    it('answers patient-level routes, errors included, with Cache-Control: no-store', async () => {
      const nav = await t.signIn('nav1@navdesk.test');
      const pwp = await t.signIn('pwp01@navdesk.test');
      const patients = await t.call('GET', '/api/patients?limit=1', { token: pwp.accessToken });
      expect(patients.status).toBe(200);
      const ref: string = patients.body.items[0].patientRef;
      const ticket = await t.call('POST', '/api/tickets', {
        token: pwp.accessToken,
        body: { kind: 'tech_support', serviceId: pwp.user.serviceIds[0], title: 'App will not open', description: 'Crashes at start' },
      });
      expect(ticket.status).toBe(201);
      expect(ticket.headers.get('cache-control')).toBe('no-store');

      const reads: [string, string][] = [
        [pwp.accessToken, '/api/patients?limit=1'],
        [pwp.accessToken, `/api/patients/${ref}`],
        [pwp.accessToken, `/api/patients/${ref}/engagement`],
        [pwp.accessToken, `/api/patients/${ref}/flags`],
        [pwp.accessToken, '/api/briefs/today'],
        [nav.accessToken, '/api/tickets'],
        [nav.accessToken, `/api/tickets/${ticket.body.id}`],
        [nav.accessToken, '/api/login-resets'],
        [nav.accessToken, '/api/auth/me'],
      ];
      for (const [token, path] of reads) {
        const res = await t.call('GET', path, { token });
        expect({ path, status: res.status, cacheControl: res.headers.get('cache-control') }).toEqual({ path, status: 200, cacheControl: 'no-store' });
      }
      for (const [token, path, status] of [
        [undefined, '/api/patients', 401],
        [pwp.accessToken, '/api/patients/P-ZZZZZZ/brief', 404],
      ] as const) {
        const res = await t.call('GET', path, { token });
        expect({ path, status: res.status, cacheControl: res.headers.get('cache-control') }).toEqual({ path, status, cacheControl: 'no-store' });
      }

      const controller = new AbortController();
      const stream = await fetch(`${t.baseUrl}/api/events/stream`, { headers: { authorization: `Bearer ${nav.accessToken}` }, signal: controller.signal });
      expect(stream.headers.get('cache-control')).toMatch(/^no-store\b/);
      controller.abort();
      await stream.body?.cancel().catch(() => undefined);

      // The public API description may be cached: it holds no one's data.
      const docs = await t.call('GET', '/api/docs-json');
      expect(docs.status).toBe(200);
      expect(docs.headers.get('cache-control') ?? '').not.toContain('no-store');
    });

    it('answers 503 with Retry-After while Redis cannot count attempts, lets none through, and keeps the lock after', async () => {
      const client = t.app.get<Redis>(REDIS_CLIENT);
      await proxy.stop();
      await waitFor('the app to see Redis gone', async () => client.status, (status) => status !== 'ready', 10_000);

      const attempts = [
        { email: 'outage@example.test', password: 'not-the-password' },
        { email: 'nav1@navdesk.test', password: 'navdesk-demo' },
        { email: 'pwp02@navdesk.test', password: 'navdesk-demo' },
      ];
      for (const body of attempts) {
        const res = await t.call('POST', '/api/auth/login', { body, headers: { 'x-forwarded-for': '192.0.2.80' } });
        expect({ email: body.email, status: res.status }).toEqual({ email: body.email, status: 503 });
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining('Sign-in is paused') });
      }

      await proxy.resume();
      await waitFor('the app to reach Redis again', async () => client.status, (status) => status === 'ready', 20_000);
      expect((await t.call('POST', '/api/auth/login', { body: { email: 'nav1@navdesk.test', password: 'navdesk-demo' } })).status).toBe(200);
      expect((await t.call('POST', '/api/auth/login', { body: { email: 'pwp02@navdesk.test', password: 'navdesk-demo' } })).status).toBe(429);
    }, 60_000);
  });

  describe('TRUST_PROXY=false: no proxy', () => {
    let t: ApiTestApp;

    beforeAll(async () => {
      t = await startApiTestApp({ label: 'addrnone', env: { TRUST_PROXY: 'false' } });
    });

    afterAll(async () => {
      await t.close();
    });

    it('ignores X-Forwarded-For: the socket address is the client', async () => {
      expect((await wrongSignIn(t, 'direct@example.test', '1.2.3.4, 203.0.113.7')).status).toBe(401);
      expect(await auditedAddresses(t, 'direct@example.test')).toEqual(['127.0.0.1']);
      expect(await bucket(redis, t, '127.0.0.1')).toBe('1');
      expect(await bucket(redis, t, '203.0.113.7')).toBeNull();
    });
  });

  describe('TRUST_PROXY as a list of proxies', () => {
    let t: ApiTestApp;

    beforeAll(async () => {
      t = await startApiTestApp({ label: 'addrlist', env: { TRUST_PROXY: '127.0.0.1,10.0.0.0/8' } });
    });

    afterAll(async () => {
      await t.close();
    });

    it('skips only the listed proxies and takes the first address none of them is', async () => {
      expect((await wrongSignIn(t, 'listed@example.test', '1.2.3.4, 198.51.100.9, 10.1.2.3')).status).toBe(401);
      expect((await wrongSignIn(t, 'unlisted@example.test', '1.2.3.4, 198.51.100.9, 192.0.2.1')).status).toBe(401);
      expect(await auditedAddresses(t, 'listed@example.test')).toEqual(['198.51.100.9']);
      expect(await auditedAddresses(t, 'unlisted@example.test')).toEqual(['192.0.2.1']);
      expect(await bucket(redis, t, '198.51.100.9')).toBe('1');
      expect(await bucket(redis, t, '192.0.2.1')).toBe('1');
      expect(await bucket(redis, t, '1.2.3.4')).toBeNull();
    });
  });
});
