import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

describe('operations', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'ops' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('reports db, redis and queues healthy', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', db: 'up', redis: 'up', queues: { mail: { failed: 0 } } });
  });

  it('serves the OpenAPI document with the contract’s paths', async () => {
    const res = await t.call('GET', '/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/me', '/api/auth/logout', '/api/services', '/api/users', '/api/integration-keys', '/api/patients', '/api/health']));
  });

  it('sends security headers and a request id', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the audit log append-only in the database itself, even for the owner role', async () => {
    // The runtime role lacks the privileges outright (database-roles spec); the trigger stops even the owner.
    await t.db.query(`INSERT INTO audit_log (actor_type, action, outcome) VALUES ('system', 'test.row', 'success')`);
    await expect(t.asOwner(`UPDATE audit_log SET action = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect(await t.db.query(`SELECT action FROM audit_log WHERE action = 'test.row'`)).toEqual([{ action: 'test.row' }]);
  });

  it('has no schema drift: the entities want no migration beyond those written', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe('health while Redis is unreachable', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'noredis', env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers 503 naming redis, while Postgres writes still work', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'error', db: 'up', redis: 'down' });
  });
});
