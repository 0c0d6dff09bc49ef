import type { INestApplicationContext } from '@nestjs/common';
import { LiveStreamSessions } from '@navdesk/server/live';
import { startApiTestApp, startWorkerTestApp, waitFor, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';

/** The token from the link in the newest reset e-mail to `email`, read through the admin's demo outbox. */
async function linkTokenFor(t: ApiTestApp, adminToken: string, email: string): Promise<string> {
  // Waits for the mail itself: a mail job retried after a slow first attempt is not in the queues' counts.
  const mail = await waitFor(
    `the reset e-mail to ${email}`,
    async () => {
      const mails = await t.call('GET', '/api/admin/outbound-emails?limit=50', { token: adminToken });
      return (mails.body.items as { recipient: string; subject: string; body: string }[]).find((m) => m.recipient === email && m.subject === 'Reset your Navdesk password');
    },
    (found) => found !== undefined,
  );
  const match = mail?.body.match(/\/reset-password#token=([A-Za-z0-9_%-]+)/);
  if (!match) throw new Error(`no reset link for ${email}`);
  return decodeURIComponent(match[1]);
}

describe('passwords: forgot, reset, change and the rules', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let adminToken: string;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'passwords', seedDemo: true });
    worker = await startWorkerTestApp();
    adminToken = (await t.signIn('admin@navdesk.test')).accessToken;
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('answers a known and an unknown address alike, e-mails only the known one, and the link resets once', async () => {
    const before = await t.signIn('pwp03@navdesk.test');
    const known = await t.call('POST', '/api/auth/forgot-password', { body: { email: 'PWP03@navdesk.test' } });
    const unknown = await t.call('POST', '/api/auth/forgot-password', { body: { email: 'nobody@navdesk.test' } });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(unknown.body).toEqual(known.body);

    await waitForDrained(t.db);
    const mails: { recipient: string }[] = await t.db.query(`SELECT recipient FROM outbound_emails WHERE subject = 'Reset your Navdesk password'`);
    expect(mails).toEqual([{ recipient: 'pwp03@navdesk.test' }]);
    const token = await linkTokenFor(t, adminToken, 'pwp03@navdesk.test');

    // Only a hash is stored; nothing about the token reaches the queue's payload or the audit.
    const [row] = await t.db.query(`SELECT token_hash FROM password_reset_tokens`);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    const trail = JSON.stringify(await t.db.query(`SELECT * FROM audit_log WHERE action LIKE 'auth.password%'`)) + JSON.stringify(await t.db.query(`SELECT payload FROM outbox_messages`));
    expect(trail).not.toContain(token);

    const weak = await t.call('POST', '/api/auth/reset-password', { body: { token, password: 'password1234' } });
    expect(weak.status).toBe(400);
    expect(weak.body.details.map((d: { field: string }) => d.field)).toEqual(['password']);

    const done = await t.call('POST', '/api/auth/reset-password', { body: { token, password: 'a brand new phrase' } });
    expect(done.status).toBe(204);
    const again = await t.call('POST', '/api/auth/reset-password', { body: { token, password: 'another new phrase' } });
    expect(again.status).toBe(400);
    expect(again.body.details.map((d: { field: string }) => d.field)).toEqual(['token']);

    // The reset ended the sessions the person had; the new password signs in, the old one does not.
    expect((await t.call('GET', '/api/auth/me', { token: before.accessToken })).status).toBe(401);
    expect((await t.call('POST', '/api/auth/login', { body: { email: 'pwp03@navdesk.test', password: 'navdesk-demo' } })).status).toBe(401);
    await t.signIn('pwp03@navdesk.test', 'a brand new phrase');

    const audit = await t.db.query(`SELECT action, outcome, actor_label FROM audit_log WHERE action LIKE 'auth.password_reset%' ORDER BY occurred_at, id`);
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'auth.password_reset_request', outcome: 'success', actor_label: 'pwp03@navdesk.test' },
        { action: 'auth.password_reset_request', outcome: 'failure', actor_label: 'nobody@navdesk.test' },
        { action: 'auth.password_reset', outcome: 'success', actor_label: 'pwp03@navdesk.test' },
      ]),
    );
  });

  it('refuses an expired link with 400 naming the token', async () => {
    expect((await t.call('POST', '/api/auth/forgot-password', { body: { email: 'pwp04@navdesk.test' } })).status).toBe(202);
    await waitForDrained(t.db);
    const token = await linkTokenFor(t, adminToken, 'pwp04@navdesk.test');
    await t.db.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = 'pwp04@navdesk.test')`);
    const res = await t.call('POST', '/api/auth/reset-password', { body: { token, password: 'a brand new phrase' } });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['token']);
    const unknown = await t.call('POST', '/api/auth/reset-password', { body: { token: 'ndr_made-up', password: 'a brand new phrase' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('token');
  });

  it('rate-limits requests for one address with 429 and Retry-After, known or not', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<ApiTestApp['call']>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await t.call('POST', '/api/auth/forgot-password', { body: { email: 'ghost@navdesk.test' } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses short and common passwords at user creation, reset and change, naming the field', async () => {
    const services = await t.call('GET', '/api/services', { token: adminToken });
    const user = { email: 'rules@navdesk.test', name: 'Rules', role: 'pwp', serviceIds: [services.body.items[0].id] };
    for (const password of ['short-one', 'Qwerty123456']) {
      const created = await t.call('POST', '/api/users', { token: adminToken, body: { ...user, password } });
      expect(created.status).toBe(400);
      expect(created.body.details.map((d: { field: string }) => d.field)).toEqual(['password']);
    }
    const reset = await t.call('POST', '/api/auth/reset-password', { body: { token: 'ndr_x', password: 'short' } });
    expect(reset.status).toBe(400);
    expect(reset.body.details.map((d: { field: string }) => d.field)).toContain('password');

    const nav = await t.signIn('nav2@navdesk.test');
    const change = await t.call('POST', '/api/auth/change-password', { token: nav.accessToken, body: { currentPassword: 'navdesk-demo', newPassword: 'iloveyou1234' } });
    expect(change.status).toBe(400);
    expect(change.body.details.map((d: { field: string }) => d.field)).toEqual(['newPassword']);
    expect((await t.call('POST', '/api/users', { token: adminToken, body: { ...user, password: 'twelve chars' } })).status).toBe(201);
  });

  it('changes a password with the current one, ending the other sessions but not this one', async () => {
    const mine = await t.signIn('nav3@navdesk.test');
    const other = await t.signIn('nav3@navdesk.test');
    const wrong = await t.call('POST', '/api/auth/change-password', { token: mine.accessToken, body: { currentPassword: 'not-my-password', newPassword: 'a changed long phrase' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('currentPassword');
    expect((await t.call('GET', '/api/auth/me', { token: other.accessToken })).status).toBe(200);

    const changed = await t.call('POST', '/api/auth/change-password', { token: mine.accessToken, body: { currentPassword: 'navdesk-demo', newPassword: 'a changed long phrase' } });
    expect(changed.status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', { token: mine.accessToken })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', { token: other.accessToken })).status).toBe(401);
    await t.signIn('nav3@navdesk.test', 'a changed long phrase');
    const audit = await t.db.query(`SELECT outcome FROM audit_log WHERE action = 'auth.password_change' AND actor_label = 'nav3@navdesk.test' ORDER BY occurred_at, id`);
    expect(audit.map((a: { outcome: string }) => a.outcome)).toEqual(['failure', 'success']);
  });
});

describe('idle sessions', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'idle', seedDemo: true, env: { SESSION_IDLE_MINUTES: '5' } });
  });

  afterAll(async () => {
    await t.close();
  });

  const lastUsed = async (email: string): Promise<Date> => {
    const [row] = await t.db.query(`SELECT s.last_used_at FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at DESC LIMIT 1`, [email]);
    return new Date(row.last_used_at);
  };

  const idleFor = (userEmail: string, seconds: number) =>
    t.db.query(`UPDATE auth_sessions SET last_used_at = now() - make_interval(secs => $2) WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [userEmail, seconds]);

  it('tells the console the idle limit at sign-in and in /me', async () => {
    const login = await t.signIn('pwp05@navdesk.test');
    expect(login.idleTimeoutSeconds).toBe(300);
    const me = await t.call('GET', '/api/auth/me', { token: login.accessToken });
    expect(me.body.idleTimeoutSeconds).toBe(300);
  });

  it('ends a session unused for SESSION_IDLE_MINUTES with 401', async () => {
    const login = await t.signIn('pwp06@navdesk.test');
    await idleFor('pwp06@navdesk.test', 5 * 60 + 1);
    expect((await t.call('GET', '/api/auth/me', { token: login.accessToken })).status).toBe(401);
  });

  it('does not count background polls as use, and counts a normal request', async () => {
    const login = await t.signIn('nav1@navdesk.test');
    await idleFor('nav1@navdesk.test', 4 * 60);
    const before = await lastUsed('nav1@navdesk.test');
    const poll = await t.call('GET', '/api/notifications', { token: login.accessToken, headers: { 'X-Navdesk-Background': '1' } });
    expect(poll.status).toBe(200);
    expect((await lastUsed('nav1@navdesk.test')).getTime()).toBe(before.getTime());

    const used = await t.call('GET', '/api/auth/me', { token: login.accessToken });
    expect(used.status).toBe(200);
    const after = await lastUsed('nav1@navdesk.test');
    expect(after.getTime()).toBeGreaterThan(before.getTime() + 3 * 60_000);

    await idleFor('nav1@navdesk.test', 5 * 60 + 1);
    const background = await t.call('GET', '/api/notifications', { token: login.accessToken, headers: { 'X-Navdesk-Background': '1' } });
    expect(background.status).toBe(401);
  });

  it('does not count the open live stream as use, and ends the stream once the session is idle', async () => {
    const login = await t.signIn('pwp07@navdesk.test');
    await idleFor('pwp07@navdesk.test', 4 * 60);
    const before = await lastUsed('pwp07@navdesk.test');
    const controller = new AbortController();
    const res = await fetch(`${t.baseUrl}/api/events/stream`, { headers: { authorization: `Bearer ${login.accessToken}`, accept: 'text/event-stream' }, signal: controller.signal });
    expect(res.status).toBe(200);
    const reader = res.body?.getReader();
    const ended = (async () => {
      for (;;) if ((await reader?.read())?.done !== false) return true;
    })();
    ended.catch(() => undefined);
    const sessions = t.app.get(LiveStreamSessions);
    await waitFor('the stream to be watched', async () => sessions.size, (n) => n > 0, 5_000);
    expect((await lastUsed('pwp07@navdesk.test')).getTime()).toBe(before.getTime());

    await idleFor('pwp07@navdesk.test', 5 * 60 + 1);
    // The periodic recheck (every 30 s in production), run now rather than waited for.
    await (sessions as unknown as { recheckAll(): Promise<void> }).recheckAll();
    await expect(ended).resolves.toBe(true);
    controller.abort();
  });
});
