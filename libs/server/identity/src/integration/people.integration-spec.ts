import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

describe('people, services and integration keys', () => {
  let t: ApiTestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'people', seedDemo: true });
    adminToken = (await t.signIn('admin@navdesk.test')).accessToken;
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets an admin create a PWP who can then sign in; the change is audited and a welcome e-mail queued', async () => {
    const services = await t.call('GET', '/api/services', { token: adminToken });
    expect(services.body.items).toHaveLength(6);
    const serviceId = services.body.items[0].id;

    const created = await t.call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'New.PWP@navdesk.test', name: 'New PWP', role: 'pwp', serviceIds: [serviceId], password: 'a-long-password-1' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'new.pwp@navdesk.test', role: 'pwp', serviceIds: [serviceId] });

    const login = await t.signIn('new.pwp@navdesk.test', 'a-long-password-1');
    expect(login.user.id).toBe(created.body.id);

    const audit = await t.db.query(`SELECT actor_label, outcome FROM audit_log WHERE action = 'user.create' AND entity_id = $1`, [created.body.id]);
    expect(audit).toEqual([{ actor_label: 'admin@navdesk.test', outcome: 'success' }]);
    const outbox = await t.db.query(`SELECT queue, job_name, payload FROM outbox_messages WHERE payload->>'userId' = $1`, [created.body.id]);
    expect(outbox).toEqual([{ queue: 'mail', job_name: 'welcome-user', payload: { userId: created.body.id } }]);

    const again = await t.call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'new.pwp@navdesk.test', name: 'Twin', role: 'pwp', serviceIds: [serviceId], password: 'a-long-password-1' },
    });
    expect(again.status).toBe(409);
  });

  it('names the bad fields of a new user and creates nothing', async () => {
    const res = await t.call('POST', '/api/users', { token: adminToken, body: { email: 'not-an-email', name: '', role: 'boss', serviceIds: ['x'], password: 'short' } });
    expect(res.status).toBe(400);
    // A bad item of a list is named by its position.
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'name', 'password', 'role', 'serviceIds.0'].sort());
    const unknownService = await t.call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'x@navdesk.test', name: 'X', role: 'pwp', serviceIds: ['00000000-0000-4000-8000-000000000000'], password: 'a-long-password-1' },
    });
    expect(unknownService.status).toBe(400);
    expect(unknownService.body.details[0].field).toBe('serviceIds');
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'x@navdesk.test'`)).toEqual([]);
  });

  it('pages the people list with a cursor', async () => {
    const first = await t.call('GET', '/api/users?limit=5', { token: adminToken });
    expect(first.body.items).toHaveLength(5);
    const second = await t.call('GET', `/api/users?limit=5&cursor=${first.body.nextCursor}`, { token: adminToken });
    expect(second.body.items).toHaveLength(5);
    expect(second.body.items[0].email > first.body.items[4].email).toBe(true);
  });

  it('shows each person only their own services', async () => {
    const nav = await t.signIn('nav2@navdesk.test');
    const services = await t.call('GET', '/api/services', { token: nav.accessToken });
    expect(services.body.items.map((s: { code: string }) => s.code)).toEqual(['S3', 'S4']);
  });

  it('shows an integration key once and keeps only its hash', async () => {
    const services = await t.call('GET', '/api/services', { token: adminToken });
    const res = await t.call('POST', '/api/integration-keys', { token: adminToken, body: { serviceId: services.body.items[1].id, name: 'Programme feed' } });
    expect(res.status).toBe(201);
    expect(res.body.key).toMatch(/^ndk_/);
    const stored = await t.db.query(`SELECT key_hash, key_prefix FROM integration_keys WHERE id = $1`, [res.body.id]);
    expect(stored[0].key_hash).not.toContain(res.body.key);
    expect(res.body.key.startsWith(stored[0].key_prefix)).toBe(true);
    const list = await t.call('GET', '/api/integration-keys', { token: adminToken });
    expect(JSON.stringify(list.body)).not.toContain(res.body.key);
    // A key is for machines: it does not open a person's routes.
    expect((await t.call('GET', '/api/auth/me', { token: res.body.key })).status).toBe(401);
  });

  it('records a key’s use on its first batch and then at most every 30 seconds, not on every batch', async () => {
    const services = await t.call('GET', '/api/services', { token: adminToken });
    const created = await t.call('POST', '/api/integration-keys', { token: adminToken, body: { serviceId: services.body.items[0].id, name: 'Use recording' } });
    const [patient] = await t.db.query(`SELECT ref FROM patients WHERE service_id = $1 LIMIT 1`, [services.body.items[0].id]);
    let n = 0;
    const send = () =>
      t.call('POST', '/api/engagement/events', { token: created.body.key, body: { events: [{ eventId: `use-${++n}`, patientRef: patient.ref, type: 'login', occurredAt: new Date().toISOString() }] } });
    const lastUsed = async (): Promise<string | null> => {
      const [row] = await t.db.query(`SELECT last_used_at::text AS at FROM integration_keys WHERE id = $1`, [created.body.id]);
      return row.at;
    };
    expect(await lastUsed()).toBeNull();
    expect((await send()).status).toBe(202);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await send();
    expect(await lastUsed()).toBe(first);
    // Half a minute later, the next batch records its use again.
    await t.db.query(`UPDATE integration_keys SET last_used_at = now() - interval '31 seconds' WHERE id = $1`, [created.body.id]);
    const aged = await lastUsed();
    await send();
    expect(Date.parse((await lastUsed()) ?? '')).toBeGreaterThan(Date.parse(aged ?? ''));
  });
});
