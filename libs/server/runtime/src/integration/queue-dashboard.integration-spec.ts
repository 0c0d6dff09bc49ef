import { getQueueToken } from '@nestjs/bullmq';
import { Queue, Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { REPORTS_QUEUE } from '@navdesk/server/reports';
import { dashboardCookieKey, signDashboardPass } from '../lib/api/queue-dashboard/dashboard-cookie';
import { ALL_QUEUES } from '../lib/queues/queue-registry';
import { startApiTestApp, type ApiTestApp } from '../testing/api-test-app';
import { waitFor } from '../testing/worker-test-app';

const PASSWORD = 'a-long-password-1';
/** A job id that says what it is; its data is a marker the audit log must never hold. */
const DATA_MARKER = 'job-data-never-audited';

interface AuditRow {
  actor_id: string;
  actor_label: string;
  action: string;
  outcome: string;
  entity_type: string | null;
  entity_id: string | null;
  detail: Record<string, unknown> | null;
}

describe('queue dashboard at /admin/queues', () => {
  let t: ApiTestApp;
  let admin: { token: string; userId: string };
  let key: Buffer;

  /** The `name=value` of the cookie a Set-Cookie header sets. */
  const cookieOf = (headers: Headers): string => (headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const handOver = async (token: string) => t.call('POST', '/api/admin/queues/session', { token });
  const withCookie = (cookie: string) => ({ headers: { cookie } });
  const queueAudit = async (): Promise<AuditRow[]> =>
    (await t.db.query(`SELECT actor_id, actor_label, action, outcome, entity_type, entity_id, detail FROM audit_log WHERE action LIKE 'queues.%' ORDER BY id`)) as AuditRow[];

  async function adminCookie(token = admin.token): Promise<string> {
    const res = await handOver(token);
    expect(res.status).toBe(204);
    return cookieOf(res.headers);
  }

  /** A job of the reports queue that failed for good (a throw-away worker fails it, then stops). */
  async function failedJob(queue: Queue, name: string): Promise<string> {
    const worker = new Worker(
      queue.name,
      async () => {
        throw new Error('failing on purpose');
      },
      { connection: queue.opts.connection, prefix: queue.opts.prefix },
    );
    try {
      const job = await queue.add(name, { ticketId: DATA_MARKER }, { attempts: 1 });
      await waitFor(
        'the job to fail',
        async () => job.id && (await queue.getJobState(job.id)),
        (state) => state === 'failed',
      );
      return job.id ?? '';
    } finally {
      await worker.close();
    }
  }

  beforeAll(async () => {
    t = await startApiTestApp({
      label: 'queueboard',
      seedDemo: true,
      env: { LOGIN_IP_LIMIT_PER_MINUTE: '10000' },
    });
    const signedIn = await t.signIn('admin@navdesk.test');
    admin = { token: signedIn.accessToken, userId: signedIn.user.id };
    key = dashboardCookieKey(t.app.get<AppConfig>(APP_CONFIG, { strict: false }).TOKEN_PEPPER);
  });

  afterAll(async () => {
    await t.close();
  });

  it('hands an admin a short-lived, HttpOnly, Strict cookie for the dashboard path only', async () => {
    const res = await handOver(admin.token);
    expect(res.status).toBe(204);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^navdesk_queues=[0-9a-f-]{36}\.\d+\.[\w-]+;/);
    expect(setCookie).toMatch(/; Path=\/admin\/queues(;|$)/);
    expect(setCookie).toMatch(/; HttpOnly(;|$)/);
    expect(setCookie).toMatch(/; SameSite=Strict(;|$)/);
    // http://localhost in tests: Secure only when PUBLIC_URL is https.
    expect(setCookie).not.toMatch(/; Secure/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(setCookie)?.[1] ?? '');
    expect(expires - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect((await queueAudit()).filter((r) => r.action === 'queues.dashboard_open')).toEqual([expect.objectContaining({ actor_id: admin.userId, outcome: 'success' })]);
  });

  it('serves the board’s page to an admin with the cookie, with no third-party stylesheet', async () => {
    const page = await t.call('GET', '/admin/queues', withCookie(await adminCookie()));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('<title>Navdesk queues</title>');
    expect(page.body).toContain('<base href="/admin/queues/"');
    expect(page.body).not.toContain('fonts.googleapis.com');
    // Under the console's own policy: scripts from this origin only.
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it('lists every queue of the registry through the board’s API', async () => {
    const res = await t.call('GET', '/admin/queues/api/queues', withCookie(await adminCookie()));
    expect(res.status).toBe(200);
    expect((res.body.queues as { name: string }[]).map((q) => q.name).sort()).toEqual([...ALL_QUEUES].sort());
  });

  it.each(['nav1@navdesk.test', 'pwp01@navdesk.test', 'manager1@navdesk.test'])('refuses the hand-over to %s (403), with no cookie', async (email) => {
    const res = await handOver((await t.signIn(email)).accessToken);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('answers 401 without a cookie, on the page, its files and its API alike', async () => {
    for (const path of ['/admin/queues', '/admin/queues/', '/admin/queues/api/queues', '/admin/queues/static/images/logo.svg']) {
      const res = await t.call('GET', path);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
      expect(res.body).toMatchObject({
        statusCode: 401,
        error: 'Unauthorized',
      });
    }
    expect((await t.call('PUT', '/admin/queues/api/queues/pause')).status).toBe(401);
  });

  it('answers 401 to a forged, an expired or another session’s cookie', async () => {
    const [sessionId, expires] = (await adminCookie()).replace('navdesk_queues=', '').split('.');
    const forged = `navdesk_queues=${sessionId}.${Number(expires) + 60_000}.${'A'.repeat(43)}`;
    const expired = `navdesk_queues=${signDashboardPass(key, { sessionId: sessionId ?? '', expiresAt: new Date(Date.now() - 1_000) })}`;
    const unknownSession = `navdesk_queues=${signDashboardPass(key, { sessionId: '00000000-0000-4000-8000-000000000000', expiresAt: new Date(Date.now() + 60_000) })}`;
    const stillValid = `navdesk_queues=${signDashboardPass(key, { sessionId: sessionId ?? '', expiresAt: new Date(Date.now() + 60_000) })}`;
    for (const cookie of [forged, expired, unknownSession, 'navdesk_queues=garbage']) {
      expect((await t.call('GET', '/admin/queues/api/queues', withCookie(cookie))).status).toBe(401);
    }
    // The same signing, unexpired and for a live session, is accepted: the refusals above are for what they say.
    const accepted = await t.call('GET', '/admin/queues/api/queues', withCookie(stillValid));
    expect(accepted.status).toBe(200);
    // With a minute left it is renewed for five more while in use; a fresh one is left alone.
    expect(accepted.headers.get('set-cookie')).toMatch(new RegExp(`^navdesk_queues=${sessionId}\\.\\d+\\.`));
    expect(Date.parse(/Expires=([^;]+)/.exec(accepted.headers.get('set-cookie') ?? '')?.[1] ?? '') - Date.now()).toBeGreaterThan(4 * 60_000);
    expect((await t.call('GET', '/admin/queues/api/queues', withCookie(await adminCookie()))).headers.get('set-cookie')).toBeNull();
  });

  it('answers 403 to a valid cookie whose session is not an admin’s (audited as a denial), never the board', async () => {
    const navigator = await t.signIn('nav1@navdesk.test');
    const [session] = (await t.db.query(`SELECT id FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`, [navigator.user.id])) as { id: string }[];
    const cookie = `navdesk_queues=${signDashboardPass(key, { sessionId: session?.id ?? '', expiresAt: new Date(Date.now() + 60_000) })}`;
    const res = await t.call('GET', '/admin/queues', withCookie(cookie));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    const denials = await t.db.query(`SELECT detail FROM audit_log WHERE action = 'access.denied' AND actor_id = $1`, [navigator.user.id]);
    expect(denials).toContainEqual({
      detail: { method: 'GET', path: '/admin/queues', role: 'navigator' },
    });
  });

  it('shuts out a cookie at once when its session signs out, or its person is deactivated', async () => {
    const second = await t.signIn('admin@navdesk.test');
    const signedOut = await adminCookie(second.accessToken);
    expect((await t.call('GET', '/admin/queues/api/queues', withCookie(signedOut))).status).toBe(200);
    expect((await t.call('POST', '/api/auth/logout', { token: second.accessToken })).status).toBe(204);
    expect((await t.call('GET', '/admin/queues/api/queues', withCookie(signedOut))).status).toBe(401);

    const created = await t.call('POST', '/api/users', {
      token: admin.token,
      body: {
        email: 'admin2@navdesk.test',
        name: 'Ada Admin',
        role: 'admin',
        serviceIds: [],
        password: PASSWORD,
      },
    });
    expect(created.status).toBe(201);
    const leaver = await adminCookie((await t.signIn('admin2@navdesk.test', PASSWORD)).accessToken);
    expect((await t.call('GET', '/admin/queues', withCookie(leaver))).status).toBe(200);
    expect(
      (
        await t.call('POST', `/api/users/${created.body.id}/deactivate`, {
          token: admin.token,
        })
      ).status,
    ).toBe(200);
    expect((await t.call('GET', '/admin/queues', withCookie(leaver))).status).toBe(401);
  });

  it('audits a retry and a clean made through the board’s API (the admin, the queue, the job; never its data), and no read', async () => {
    const queue = t.app.get<Queue>(getQueueToken(REPORTS_QUEUE), {
      strict: false,
    });
    const jobId = await failedJob(queue, 'dashboard-retry-check');
    const cookie = await adminCookie();
    const before = (await queueAudit()).length;

    expect((await t.call('GET', `/admin/queues/api/queues?activeQueue=${REPORTS_QUEUE}&status=failed`, withCookie(cookie))).status).toBe(200);
    const retry = await t.call('PUT', `/admin/queues/api/queues/${REPORTS_QUEUE}/${jobId}/retry`, withCookie(cookie));
    expect(retry.status).toBe(204);
    expect(await queue.getJobState(jobId)).toBe('waiting');
    const clean = await t.call('PUT', `/admin/queues/api/queues/${REPORTS_QUEUE}/clean/completed`, withCookie(cookie));
    expect(clean.status).toBe(200);

    const rows = (await queueAudit()).slice(before);
    expect(rows).toEqual([
      {
        actor_id: admin.userId,
        actor_label: 'admin@navdesk.test',
        action: 'queues.retry',
        outcome: 'success',
        entity_type: 'queue',
        entity_id: REPORTS_QUEUE,
        detail: { jobId },
      },
      {
        actor_id: admin.userId,
        actor_label: 'admin@navdesk.test',
        action: 'queues.clean',
        outcome: 'success',
        entity_type: 'queue',
        entity_id: REPORTS_QUEUE,
        detail: { status: 'completed' },
      },
    ]);
    expect(JSON.stringify(await t.db.query(`SELECT * FROM audit_log`))).not.toContain(DATA_MARKER);
  });

  it('audits nothing when a change fails (a job that is not there)', async () => {
    const cookie = await adminCookie();
    const before = (await queueAudit()).length;
    const res = await t.call('PUT', `/admin/queues/api/queues/${REPORTS_QUEUE}/no-such-job/retry`, withCookie(cookie));
    expect(res.status).toBe(404);
    expect((await queueAudit()).length).toBe(before);
  });
});
