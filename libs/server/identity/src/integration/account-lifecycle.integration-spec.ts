import { DEMO_PASSWORD } from '@navdesk/server/demo';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

/** An open `/api/events/stream`, read as a client would. */
interface OpenStream {
  status: number;
  received(): string;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  abort(): void;
}

async function openStream(baseUrl: string, token: string): Promise<OpenStream> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/events/stream`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  let text = '';
  const ended = (async () => {
    if (!res.body) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
    }
  })();
  // An abort at teardown rejects the read; the assertions have run by then.
  ended.catch(() => undefined);
  return { status: res.status, received: () => text, ended, abort: () => controller.abort() };
}

function endsWithin(stream: OpenStream, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the stream was still open after ${ms} ms`)), ms);
  });
  return Promise.race([stream.ended, timeout]).finally(() => clearTimeout(timer));
}

async function until(what: string, check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const PASSWORD = 'a-long-password-1';

describe('account lifecycle: deactivate, reactivate, change scope, sign out everywhere', () => {
  let t: ApiTestApp;
  let admin: string;
  const streams: OpenStream[] = [];

  const idOf = async (email: string): Promise<string> => ((await t.db.query(`SELECT id FROM users WHERE email = $1`, [email])) as { id: string }[])[0]?.id ?? '';
  const serviceIdsOf = async (userId: string): Promise<string[]> =>
    ((await t.db.query(`SELECT service_id FROM user_services WHERE user_id = $1 ORDER BY service_id`, [userId])) as { service_id: string }[]).map((r) => r.service_id);
  const login = (email: string, password = DEMO_PASSWORD) => t.call('POST', '/api/auth/login', { body: { email, password } });
  const audit = (action: string, userId: string) => t.db.query(`SELECT actor_label, outcome, detail FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY occurred_at`, [action, userId]) as Promise<{ actor_label: string; outcome: string; detail: Record<string, unknown> }[]>;
  const open = async (token: string): Promise<OpenStream> => {
    const stream = await openStream(t.baseUrl, token);
    streams.push(stream);
    expect(stream.status).toBe(200);
    await until('the stream to say it is connected', () => stream.received().includes(': connected'));
    return stream;
  };
  const openAssigned = (userId: string) =>
    t.db.query(`SELECT id, service_id FROM tickets WHERE assignee_id = $1 AND status NOT IN ('resolved', 'closed') ORDER BY id`, [userId]) as Promise<{ id: string; service_id: string }[]>;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'lifecycle', seedDemo: true, env: { LOGIN_IP_LIMIT_PER_MINUTE: '10000' } });
    admin = (await t.signIn('admin@navdesk.test')).accessToken;
  });

  afterAll(async () => {
    for (const stream of streams) stream.abort();
    await t.close();
  });

  it('deactivating a PWP ends their sessions and stream at once and refuses sign-in until reactivated', async () => {
    const pwp = await t.signIn('pwp01@navdesk.test');
    const other = await t.signIn('pwp01@navdesk.test');
    expect((await t.call('GET', '/api/auth/me', { token: pwp.accessToken })).status).toBe(200);
    const stream = await open(pwp.accessToken);

    const res = await t.call('POST', `/api/users/${pwp.user.id}/deactivate`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: pwp.user.id, active: false });

    await endsWithin(stream, 2000);
    expect((await t.call('GET', '/api/tickets', { token: pwp.accessToken })).status).toBe(401);
    expect((await t.call('GET', '/api/auth/me', { token: other.accessToken })).status).toBe(401);
    expect((await login('pwp01@navdesk.test')).status).toBe(401);
    const revoked = await t.db.query(`SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL`, [pwp.user.id]);
    expect(revoked).toEqual([{ n: 0 }]);

    const back = await t.call('POST', `/api/users/${pwp.user.id}/reactivate`, { token: admin });
    expect(back.status).toBe(200);
    expect(back.body.active).toBe(true);
    expect((await login('pwp01@navdesk.test')).status).toBe(200);

    expect(await audit('user.deactivate', pwp.user.id)).toEqual([{ actor_label: 'admin@navdesk.test', outcome: 'success', detail: expect.objectContaining({ sessionsEnded: 2, ticketsHandedOn: 0 }) }]);
    expect(await audit('user.reactivate', pwp.user.id)).toEqual([{ actor_label: 'admin@navdesk.test', outcome: 'success', detail: { wasActive: false } }]);
  });

  it('gives a deactivated navigator’s open tickets back to the queue and tells the service’s other navigators', async () => {
    const nav1 = await idOf('nav1@navdesk.test');
    const services = await serviceIdsOf(nav1);
    const created = await t.call('POST', '/api/users', { token: admin, body: { email: 'nav4@navdesk.test', name: 'Nell Navigator', role: 'navigator', serviceIds: services, password: PASSWORD } });
    expect(created.status).toBe(201);
    const nav4 = created.body.id as string;
    const before = await openAssigned(nav1);
    expect(before.length).toBeGreaterThan(0);
    const statuses = await t.db.query(`SELECT id, status FROM tickets WHERE id = ANY($1::uuid[]) ORDER BY id`, [before.map((b) => b.id)]);

    const res = await t.call('POST', `/api/users/${nav1}/deactivate`, { token: admin });
    expect(res.status).toBe(200);

    expect(await openAssigned(nav1)).toEqual([]);
    const after = (await t.db.query(`SELECT id, status, assignee_id FROM tickets WHERE id = ANY($1::uuid[]) ORDER BY id`, [before.map((b) => b.id)])) as { id: string; status: string; assignee_id: string | null }[];
    expect(after.map((a) => a.assignee_id)).toEqual(before.map(() => null));
    expect(after.map(({ id, status }) => ({ id, status }))).toEqual(statuses);
    const events = await t.db.query(`SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = ANY($1::uuid[]) AND type = 'assigned' AND from_value = $2 AND to_value IS NULL`, [before.map((b) => b.id), nav1]);
    expect(events).toEqual([{ n: before.length }]);
    const told = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND ticket_id = ANY($2::uuid[]) AND title LIKE '%back in the queue'`, [nav4, before.map((b) => b.id)]);
    expect(told).toEqual([{ n: before.length }]);
    expect((await audit('user.deactivate', nav1))[0]?.detail).toMatchObject({ ticketsHandedOn: before.length, replacementNavigatorId: null });

    // The ticket as a navigator reads it: unassigned, still open, with the hand-back on its timeline.
    const nav4Token = (await t.signIn('nav4@navdesk.test', PASSWORD)).accessToken;
    const detail = await t.call('GET', `/api/tickets/${before[0]?.id}`, { token: nav4Token });
    expect(detail.body.assigneeId).toBeNull();
    expect(JSON.stringify(detail.body.timeline)).toContain('account was deactivated');
  });

  it('refuses to leave a service without a navigator (409 naming it) until a replacement is named', async () => {
    const nav2 = await idOf('nav2@navdesk.test');
    const nav3 = await idOf('nav3@navdesk.test');
    const services = await serviceIdsOf(nav2);
    const names = (await t.db.query(`SELECT name FROM services WHERE id = ANY($1::uuid[])`, [services])) as { name: string }[];
    const assigned = await openAssigned(nav2);

    const refused = await t.call('POST', `/api/users/${nav2}/deactivate`, { token: admin });
    expect(refused.status).toBe(409);
    for (const { name } of names) expect(refused.body.message).toContain(name);
    expect(refused.body.message).toContain('last active navigator');
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'replacementNavigatorId' })]);
    expect((await t.db.query(`SELECT active FROM users WHERE id = $1`, [nav2]))[0]).toEqual({ active: true });

    const pwp = await idOf('pwp02@navdesk.test');
    const notNavigator = await t.call('POST', `/api/users/${nav2}/deactivate`, { token: admin, body: { replacementNavigatorId: pwp } });
    expect(notNavigator.status).toBe(400);
    expect(notNavigator.body.details[0].field).toBe('replacementNavigatorId');

    const res = await t.call('POST', `/api/users/${nav2}/deactivate`, { token: admin, body: { replacementNavigatorId: nav3 } });
    expect(res.status).toBe(200);
    expect(await serviceIdsOf(nav3)).toEqual(expect.arrayContaining(services));
    const handed = (await t.db.query(`SELECT DISTINCT assignee_id FROM tickets WHERE id = ANY($1::uuid[])`, [assigned.map((a) => a.id)])) as { assignee_id: string }[];
    expect(handed).toEqual(assigned.length ? [{ assignee_id: nav3 }] : []);
    expect((await audit('user.deactivate', nav2))[0]?.detail).toMatchObject({ replacementNavigatorId: nav3, ticketsHandedOn: assigned.length });

    // Moving the now-only navigator to another role is refused the same way.
    const move = await t.call('PATCH', `/api/users/${nav3}`, { token: admin, body: { role: 'manager' } });
    expect(move.status).toBe(409);
    expect(move.body.message).toContain('Nia Navigator is the last active navigator of');
  });

  it('shows open sessions their new services on the next request, and closes their stream so it reconnects with them', async () => {
    const manager = await t.signIn('manager1@navdesk.test');
    const serviceIdsSeen = async (): Promise<string[]> => {
      const res = await t.call('GET', '/api/tickets?limit=200', { token: manager.accessToken });
      expect(res.status).toBe(200);
      return [...new Set((res.body.items as { serviceId: string }[]).map((i) => i.serviceId))].sort();
    };
    expect((await serviceIdsSeen()).length).toBeGreaterThan(1);
    const stream = await open(manager.accessToken);
    const kept = manager.user.serviceIds[0] as string;

    const res = await t.call('PATCH', `/api/users/${manager.user.id}`, { token: admin, body: { serviceIds: [kept], name: 'Maya M. Manager' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ serviceIds: [kept], name: 'Maya M. Manager', role: 'manager' });

    expect(await serviceIdsSeen()).toEqual([kept]);
    await endsWithin(stream, 2000);
    // The session itself lives on: the console reconnects with the same token and gets the new scope.
    expect((await t.call('GET', '/api/auth/me', { token: manager.accessToken })).body.serviceIds).toEqual([kept]);
    await open(manager.accessToken);

    const [row] = await audit('user.update', manager.user.id);
    expect(row?.detail).toMatchObject({ roleBefore: 'manager', roleAfter: 'manager', servicesBefore: [...manager.user.serviceIds].sort().join(','), servicesAfter: kept, nameChanged: true });
  });

  it('signs a person out everywhere (204): every session ends, signing in again works', async () => {
    const a = await t.signIn('pwp03@navdesk.test');
    const b = await t.signIn('pwp03@navdesk.test');
    const stream = await open(b.accessToken);
    const res = await t.call('POST', `/api/users/${a.user.id}/sign-out-everywhere`, { token: admin });
    expect(res.status).toBe(204);
    await endsWithin(stream, 2000);
    expect((await t.call('GET', '/api/auth/me', { token: a.accessToken })).status).toBe(401);
    expect((await t.call('GET', '/api/auth/me', { token: b.accessToken })).status).toBe(401);
    expect((await login('pwp03@navdesk.test')).status).toBe(200);
    expect(await audit('user.sign_out_everywhere', a.user.id)).toEqual([{ actor_label: 'admin@navdesk.test', outcome: 'success', detail: { sessionsEnded: 2 } }]);
  });

  it('is for admins only, names bad input, and will not let an admin lock themselves out', async () => {
    const pwp = await idOf('pwp04@navdesk.test');
    for (const email of ['nav3@navdesk.test', 'manager2@navdesk.test', 'pwp05@navdesk.test']) {
      const token = (await t.signIn(email)).accessToken;
      expect((await t.call('POST', `/api/users/${pwp}/deactivate`, { token })).status).toBe(403);
      expect((await t.call('POST', `/api/users/${pwp}/reactivate`, { token })).status).toBe(403);
      expect((await t.call('POST', `/api/users/${pwp}/sign-out-everywhere`, { token })).status).toBe(403);
      expect((await t.call('PATCH', `/api/users/${pwp}`, { token, body: { name: 'X' } })).status).toBe(403);
    }
    expect((await t.db.query(`SELECT active, name FROM users WHERE id = $1`, [pwp]))[0]).toEqual({ active: true, name: 'Daniel Osei' });
    expect((await t.call('POST', '/api/users/00000000-0000-4000-8000-000000000000/deactivate', { token: admin })).status).toBe(404);
    const badId = await t.call('POST', '/api/users/not-an-id/deactivate', { token: admin });
    expect(badId.status).toBe(400);
    expect(badId.body.details[0].field).toBe('id');
    const badRole = await t.call('PATCH', `/api/users/${pwp}`, { token: admin, body: { role: 'boss', serviceIds: [] } });
    expect(badRole.status).toBe(400);
    expect(badRole.body.details.map((d: { field: string }) => d.field)).toEqual(['role']);
    const noServices = await t.call('PATCH', `/api/users/${pwp}`, { token: admin, body: { serviceIds: [] } });
    expect(noServices.status).toBe(400);
    expect(noServices.body.details[0].field).toBe('serviceIds');
    const adminId = await idOf('admin@navdesk.test');
    expect((await t.call('POST', `/api/users/${adminId}/deactivate`, { token: admin })).status).toBe(409);
  });

  it('filters the people list by service, role and status, and pages through the filtered list', async () => {
    const deactivated = await t.call('GET', '/api/users?role=navigator&status=deactivated', { token: admin });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.items.map((u: { email: string }) => u.email)).toEqual(['nav1@navdesk.test', 'nav2@navdesk.test']);
    expect(deactivated.body.items.every((u: { active: boolean }) => !u.active)).toBe(true);
    const one = await t.call('GET', `/api/users/${deactivated.body.items[0].id}`, { token: admin });
    expect(one.body).toMatchObject({ email: 'nav1@navdesk.test', active: false, role: 'navigator' });
    expect((await t.call('GET', '/api/users/00000000-0000-4000-8000-000000000000', { token: admin })).status).toBe(404);

    const pwp = await t.signIn('pwp01@navdesk.test');
    const serviceId = pwp.user.serviceIds[0] as string;
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { email: string }[]; nextCursor: string | null } } = await t.call('GET', `/api/users?serviceId=${serviceId}&role=pwp&status=active&limit=1${cursor ? `&cursor=${cursor}` : ''}`, { token: admin });
      expect(page.status).toBe(200);
      pages.push(...page.body.items.map((u) => u.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual(['pwp01@navdesk.test', 'pwp02@navdesk.test', 'pwp03@navdesk.test']);

    const bad = await t.call('GET', '/api/users?status=gone&serviceId=x', { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['serviceId', 'status']);
  });
});
