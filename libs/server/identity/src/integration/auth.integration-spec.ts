import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

describe('sign-in, sessions and the contract’s error shape', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'auth', seedDemo: true });
  });

  afterAll(async () => {
    await t.close();
  });

  it('signs in, answers me, and a logged-out token stops working', async () => {
    const login = await t.signIn('NAV1@navdesk.test');
    expect(login.user).toMatchObject({ email: 'nav1@navdesk.test', role: 'navigator' });
    expect(login.user.serviceIds).toHaveLength(2);
    expect(login.expiresIn).toBe(480 * 60);

    const me = await t.call('GET', '/api/auth/me', { token: login.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('nav1@navdesk.test');

    expect((await t.call('POST', '/api/auth/logout', { token: login.accessToken })).status).toBe(204);
    const after = await t.call('GET', '/api/auth/me', { token: login.accessToken });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('answers 401 to a wrong password and to no token, 403 to the wrong role', async () => {
    expect((await t.call('POST', '/api/auth/login', { body: { email: 'pwp02@navdesk.test', password: 'wrong-password' } })).status).toBe(401);
    expect((await t.call('GET', '/api/users')).status).toBe(401);
    const pwp = await t.signIn('pwp01@navdesk.test');
    const denied = await t.call('GET', '/api/users', { token: pwp.accessToken });
    expect(denied.status).toBe(403);
    const rows = await t.db.query(`SELECT outcome FROM audit_log WHERE action = 'access.denied' AND actor_id = $1`, [pwp.user.id]);
    expect(rows).toEqual([{ outcome: 'denied' }]);
  });

  it('locks an account after repeated failures: 429 with Retry-After, one audit row per attempt', async () => {
    const email = 'pwp03@navdesk.test';
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res = await t.call('POST', '/api/auth/login', { body: { email, password: `wrong-${i}` } });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Locked means locked: the right password is refused too, until the lock expires.
    expect((await t.call('POST', '/api/auth/login', { body: { email, password: 'navdesk-demo' } })).status).toBe(429);
    const audit = await t.db.query(`SELECT outcome, count(*)::int AS n FROM audit_log WHERE action = 'auth.login' AND actor_label = $1 GROUP BY outcome ORDER BY outcome`, [email]);
    expect(audit).toEqual([{ outcome: 'failure', n: 5 }, { outcome: 'locked', n: 6 }]);
  });

  it('keeps the lock in Redis, so a second api process refuses the account too', async () => {
    const second = await startApiTestApp({ label: 'auth2', seedDemo: true, env: { REDIS_PREFIX: t.env.redisPrefix } });
    try {
      const res = await second.call('POST', '/api/auth/login', { body: { email: 'pwp03@navdesk.test', password: 'navdesk-demo' } });
      expect(res.status).toBe(429);
    } finally {
      await second.app.close();
      await second.env.cleanup().catch(() => undefined);
      process.env['REDIS_PREFIX'] = t.env.redisPrefix;
    }
  });

  it('names the field of a bad body, rejects unknown fields and refuses bodies over 1 MiB', async () => {
    const wrongType = await t.call('POST', '/api/auth/login', { body: { email: 5, password: 'x' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.details).toEqual([expect.objectContaining({ field: 'email' })]);

    const unknown = await t.call('POST', '/api/auth/login', { body: { email: 'a@b.test', password: 'x', admin: true } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'admin' })]);

    const big = await t.call('POST', '/api/auth/login', { body: { email: 'a@b.test', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });

    const broken = await t.call('POST', '/api/auth/login', { rawBody: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('Request body is not valid JSON');
  });

  it('answers a bad id or cursor with a 400 naming it', async () => {
    const admin = await t.signIn('admin@navdesk.test');
    const badId = await t.call('DELETE', '/api/integration-keys/not-a-uuid', { token: admin.accessToken });
    expect(badId.status).toBe(400);
    expect(badId.body.details).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    const badCursor = await t.call('GET', '/api/users?cursor=zzz', { token: admin.accessToken });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.details[0].field).toBe('cursor');
    const badLimit = await t.call('GET', '/api/users?limit=500', { token: admin.accessToken });
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.details[0].field).toBe('limit');
  });
});
