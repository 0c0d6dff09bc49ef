import type { INestApplicationContext } from '@nestjs/common';
import { demoProgrammeKey } from '@navdesk/server/demo';
import { ProgrammeClient } from '@navdesk/server/programme';
import { startApiTestApp, startWorkerTestApp, waitFor, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { startSimForTest, type SimHarness } from './sim-harness';

const KEY = 'programme-sim-resets-test-key';

/**
 * Log-in resets end to end on the server side: the real api and worker, against the programme
 * simulator over HTTP with faults injected through its admin endpoint.
 */
describe('log-in resets through the programme', () => {
  let sim: SimHarness;
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let pwp: { token: string; userId: string };
  let otherPwp: { token: string };
  let navigator: { token: string };
  let refs: string[];
  let otherRef: string;

  const simCall = (method: string, path: string, body?: unknown) => sim.call(method, path, body);
  const faults = (f: { errorRate?: number; latencyMs?: number; down?: boolean }) => sim.faults(f);
  const sentToPatient = async (ref: string): Promise<number> => ((await simCall('GET', `/simulate/accounts/${ref}/resets`)) as unknown[]).length;
  const reset = (id: string) => t.db.query(`SELECT status, attempts, ticket_id, ticket_reference FROM login_resets WHERE id = $1`, [id]).then((rows: { status: string; attempts: number; ticket_id: string | null; ticket_reference: string | null }[]) => rows[0]);
  const request = (ref: string, token = pwp.token, channel = 'email') => t.call('POST', '/api/login-resets', { token, body: { patientRef: ref, channel } });
  const nextRef = () => {
    const ref = refs.shift();
    if (!ref) throw new Error('out of demo patients');
    return ref;
  };
  // A circuit opened by a test that took the programme down lets calls through again after
  // PROGRAMME_CIRCUIT_RESET_MS; wait for that state, in the worker's client and the api's.
  const circuitClosed = () =>
    waitFor('the programme circuit to let calls through', async () => [worker, t.app].map((c) => c.get(ProgrammeClient, { strict: false }).circuitOpen), (open) => !open.includes(true), 10_000);

  beforeAll(async () => {
    sim = await startSimForTest(KEY);

    t = await startApiTestApp({
      label: 'resets',
      seedDemo: true,
      env: { PROGRAMME_API_URL: sim.url, PROGRAMME_API_KEY: KEY, PROGRAMME_TIMEOUT_MS: '300', PROGRAMME_CIRCUIT_RESET_MS: '1500', RESETS_RETRY_DELAY_MS: '150', RESETS_TRACK_EVERY_MS: '500' },
    });
    worker = await startWorkerTestApp();
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, userId: p.user.id };
    otherPwp = { token: (await t.signIn('pwp02@navdesk.test')).accessToken };
    navigator = { token: (await t.signIn('nav1@navdesk.test')).accessToken };
    const rows: { ref: string; email: string }[] = await t.db.query(
      `SELECT p.ref, u.email FROM patients p JOIN users u ON u.id = p.pwp_id WHERE u.email IN ('pwp01@navdesk.test', 'pwp02@navdesk.test') ORDER BY p.ref`,
    );
    refs = rows.filter((r) => r.email === 'pwp01@navdesk.test').map((r) => r.ref);
    otherRef = rows.find((r) => r.email === 'pwp02@navdesk.test')?.ref ?? '';
  });

  beforeEach(async () => {
    await faults({});
    await circuitClosed();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sim?.close();
  });

  it('queues a reset (202), sends it once, and completes it when the patient logs in', async () => {
    const ref = nextRef();
    const created = await request(ref);
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'queued', patientRef: ref, channel: 'email', duplicate: false });
    await waitFor('sent', () => reset(created.body.id), (r) => r?.status === 'sent');
    await waitForDrained(t.db);
    expect(await sentToPatient(ref)).toBe(1);

    await simCall('POST', `/simulate/accounts/${ref}/login`);
    await waitFor('completed by the tracking job', () => reset(created.body.id), (r) => r?.status === 'completed', 10_000);

    const detail = await t.call('GET', `/api/login-resets/${created.body.id}`, { token: pwp.token });
    expect(detail.status).toBe(200);
    expect(detail.body.timeline.map((e: { type: string }) => e.type)).toEqual(['requested', 'sent', 'completed']);
    expect(detail.body).toMatchObject({ status: 'completed', attempts: 1 });
    expect(detail.body.completedAt).not.toBeNull();

    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [created.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['login_reset.request', 'login_reset.sent', 'login_reset.read']);
    expect((await t.call('GET', `/api/login-resets/${created.body.id}/audit`, { token: pwp.token })).status).toBe(403);
    const trail = await t.call('GET', `/api/login-resets/${created.body.id}/audit`, { token: navigator.token });
    expect(trail.body.map((e: { action: string; actor: string }) => `${e.action} by ${e.actor}`)).toEqual([
      'login_reset.request by pwp01@navdesk.test',
      'login_reset.sent by worker',
      'login_reset.read by pwp01@navdesk.test',
      'login_reset.audit.read by nav1@navdesk.test',
    ]);
  });

  it('returns the reset under way to a second click, and the patient gets one message', async () => {
    const ref = nextRef();
    const answers = await Promise.all(Array.from({ length: 5 }, () => request(ref)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 202]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.body.duplicate)).toHaveLength(4);
    await waitFor('sent', () => reset(answers[0]?.body.id), (r) => r?.status === 'sent');
    const again = await request(ref);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: answers[0]?.body.id, status: 'sent', duplicate: true });
    await waitForDrained(t.db);
    expect(await sentToPatient(ref)).toBe(1);
  });

  it('retries through 500s and sends once when the programme recovers', async () => {
    const ref = nextRef();
    await faults({ errorRate: 1 });
    const created = await request(ref);
    await waitFor('two failed attempts', () => reset(created.body.id), (r) => (r?.attempts ?? 0) >= 2);
    expect((await reset(created.body.id))?.status).toBe('queued');
    await faults({});
    await waitFor('sent after recovery', () => reset(created.body.id), (r) => r?.status === 'sent', 15_000);
    await waitForDrained(t.db);
    expect(await sentToPatient(ref)).toBe(1);
    const types: { type: string }[] = await t.db.query(`SELECT type FROM login_reset_events WHERE reset_id = $1 ORDER BY id`, [created.body.id]);
    expect(types.map((e) => e.type).filter((x) => x === 'attempt_failed').length).toBeGreaterThanOrEqual(2);
  });

  it('does not send twice when a call timed out after the programme had taken it', async () => {
    const ref = nextRef();
    await faults({ latencyMs: 800 });
    const created = await request(ref);
    await waitFor('a timed-out attempt', () => reset(created.body.id), (r) => (r?.attempts ?? 0) >= 1);
    await faults({});
    await waitFor('sent', () => reset(created.body.id), (r) => r?.status === 'sent', 15_000);
    await waitForDrained(t.db);
    expect(await sentToPatient(ref)).toBe(1);
  });

  it('fails after five attempts while the programme is down (circuit open), opens a ticket, and a navigator retries it', async () => {
    const ref = nextRef();
    await faults({ down: true });
    const created = await request(ref);
    const failed = await waitFor('failed', () => reset(created.body.id), (r) => r?.status === 'failed', 20_000);
    expect(failed?.attempts).toBe(5);
    expect(failed?.ticket_reference).toMatch(/^ND-\d{6}$/);
    const [ticket] = await t.db.query(`SELECT kind, category, patient_id, reporter_id FROM tickets WHERE id = $1`, [failed?.ticket_id]);
    expect(ticket).toMatchObject({ kind: 'tech_support', category: 'login_access', reporter_id: pwp.userId });
    expect(ticket.patient_id).not.toBeNull();
    await waitFor('the ticket triaged for the navigators', () => t.db.query(`SELECT status FROM tickets WHERE id = $1`, [failed?.ticket_id]), (rows) => rows[0]?.status === 'triaged');
    const told: unknown[] = await t.db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'reset_failed' AND ticket_id = $2`, [pwp.userId, failed?.ticket_id]);
    expect(told).toHaveLength(1);
    const errors: { last_error: string }[] = await t.db.query(`SELECT last_error FROM login_resets WHERE id = $1`, [created.body.id]);
    expect(errors[0]?.last_error).toMatch(/circuit open|503/);
    expect(await sentToPatient(ref)).toBe(0);

    expect((await t.call('POST', `/api/login-resets/${created.body.id}/retry`, { token: pwp.token })).status).toBe(403);
    await faults({});
    await circuitClosed();
    const retried = await t.call('POST', `/api/login-resets/${created.body.id}/retry`, { token: navigator.token });
    expect(retried.status).toBe(202);
    expect(retried.body.status).toBe('queued');
    await waitFor('sent on retry', () => reset(created.body.id), (r) => r?.status === 'sent', 15_000);
    await waitForDrained(t.db);
    expect(await sentToPatient(ref)).toBe(1);
    expect((await t.call('POST', `/api/login-resets/${created.body.id}/retry`, { token: navigator.token })).status).toBe(409);
  }, 60_000);

  it('allows three resets an hour for a patient, then answers 429 with Retry-After', async () => {
    const ref = nextRef();
    for (let i = 0; i < 3; i++) {
      const created = await request(ref);
      expect(created.status).toBe(202);
      await waitFor('sent', () => reset(created.body.id), (r) => r?.status === 'sent');
      await simCall('POST', `/simulate/accounts/${ref}/login`);
      await waitFor('completed', () => reset(created.body.id), (r) => r?.status === 'completed', 10_000);
    }
    const fourth = await request(ref);
    expect(fourth.status).toBe(429);
    const wait = Number(fourth.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(3_500);
    expect(wait).toBeLessThanOrEqual(3_600);
    expect(fourth.body.message).toMatch(/3 log-in resets in the last hour/);
    const denied: unknown[] = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'login_reset.request' AND outcome = 'denied' AND detail->>'patientRef' = $1`, [ref]);
    expect(denied).toHaveLength(1);
  }, 60_000);

  it('completes a reset from a log-in the engagement feed reports, without asking the programme', async () => {
    const ref = nextRef();
    const created = await request(ref);
    await waitFor('sent', () => reset(created.body.id), (r) => r?.status === 'sent');
    const [{ code }] = await t.db.query(`SELECT s.code FROM services s JOIN patients p ON p.service_id = s.id WHERE p.ref = $1`, [ref]);
    await faults({ down: true }); // the programme cannot tell; the feed must
    const fed = await t.call('POST', '/api/engagement/events', { token: demoProgrammeKey(code), body: { events: [{ eventId: `reset-login-${ref}`, patientRef: ref, type: 'login', occurredAt: new Date().toISOString() }] } });
    expect(fed.status).toBe(202);
    await waitFor('completed from the feed', () => reset(created.body.id), (r) => r?.status === 'completed', 10_000);
    const detail = await t.call('GET', `/api/login-resets/${created.body.id}`, { token: pwp.token });
    expect(detail.body.timeline[detail.body.timeline.length - 1].detail).toMatch(/engagement feed/);
  });

  it('expires a sent reset not used within 72 hours', async () => {
    const ref = nextRef();
    const created = await request(ref, navigator.token, 'sms');
    expect(created.status).toBe(202);
    await waitFor('sent', () => reset(created.body.id), (r) => r?.status === 'sent');
    await t.db.query(`UPDATE login_resets SET sent_at = now() - interval '73 hours', expires_at = now() - interval '1 hour' WHERE id = $1`, [created.body.id]);
    await waitFor('expired by the sweep', () => reset(created.body.id), (r) => r?.status === 'expired', 10_000);
    const expired: unknown[] = await t.db.query(`SELECT 1 FROM login_reset_events WHERE reset_id = $1 AND type = 'expired'`, [created.body.id]);
    expect(expired).toHaveLength(1);
  });

  it('keeps resets within the caseload: another PWP gets 404, bad input a 400 naming the field', async () => {
    expect((await request(otherRef)).status).toBe(404);
    const theirs = await request(otherRef, otherPwp.token);
    expect(theirs.status).toBe(202);
    expect((await t.call('GET', `/api/login-resets/${theirs.body.id}`, { token: pwp.token })).status).toBe(404);
    expect((await t.call('GET', `/api/login-resets/${theirs.body.id}`, { token: navigator.token })).status).toBe(200);
    const mine = await t.call('GET', '/api/login-resets?limit=100', { token: pwp.token });
    expect(mine.body.items.some((r: { id: string }) => r.id === theirs.body.id)).toBe(false);
    const bad = await t.call('POST', '/api/login-resets', { token: pwp.token, body: { patientRef: otherRef, channel: 'pigeon' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/channel/);
    expect((await t.call('POST', '/api/login-resets', { token: pwp.token, body: { patientRef: 'nope', channel: 'email' } })).body.details[0].field).toBe('patientRef');
    const manager = await t.signIn('manager1@navdesk.test');
    expect((await t.call('POST', '/api/login-resets', { token: manager.accessToken, body: { patientRef: otherRef, channel: 'email' } })).status).toBe(403);
    expect((await t.call('GET', '/api/login-resets', { token: manager.accessToken })).status).toBe(403);
  });

  it('lists a navigator’s resets by status', async () => {
    const failed = await t.call('GET', '/api/login-resets?status=failed', { token: navigator.token });
    expect(failed.status).toBe(200);
    expect(failed.body.items.every((r: { status: string }) => r.status === 'failed')).toBe(true);
    const all = await t.call('GET', '/api/login-resets?limit=2', { token: navigator.token });
    expect(all.body.items).toHaveLength(2);
    expect(all.body.nextCursor).toEqual(expect.any(String));
    const next = await t.call('GET', `/api/login-resets?limit=2&cursor=${all.body.nextCursor}`, { token: navigator.token });
    expect(next.status).toBe(200);
    expect(next.body.items[0].id).not.toBe(all.body.items[1].id);
    expect((await t.call('GET', '/api/login-resets?status=lost', { token: navigator.token })).status).toBe(400);
  });

  it('shows the programme account on demand, and says so when the programme is unreachable', async () => {
    const ref = nextRef();
    const account = await t.call('GET', `/api/patients/${ref}/programme-account`, { token: pwp.token });
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ patientRef: ref, status: expect.stringMatching(/active|locked/), appVersion: expect.any(String), device: expect.any(String) });
    await faults({ down: true });
    const down = await t.call('GET', `/api/patients/${ref}/programme-account`, { token: pwp.token });
    expect(down.status).toBe(503);
    expect(down.body.message).toMatch(/cannot be reached/);
    expect((await t.call('GET', `/api/patients/${otherRef}/programme-account`, { token: pwp.token })).status).toBe(404);
    const reads: unknown[] = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'patient.programme_account.read' AND detail->>'patientRef' = $1`, [ref]);
    expect(reads).toHaveLength(2);
  });

  it('lowers a patient’s reminders through the programme, queued and audited', async () => {
    const ref = nextRef();
    const body = { reminderFrequency: 'every_3_days', quietHours: { from: '21:00', to: '08:00' }, reason: 'Patient finds daily reminders overwhelming' };
    expect((await t.call('POST', `/api/patients/${ref}/notification-changes`, { token: pwp.token, body })).status).toBe(403);
    expect((await t.call('POST', `/api/patients/${ref}/notification-changes`, { token: navigator.token, body: { ...body, reminderFrequency: 'hourly' } })).body.details[0].field).toBe('reminderFrequency');
    const change = await t.call('POST', `/api/patients/${ref}/notification-changes`, { token: navigator.token, body });
    expect(change.status).toBe(202);
    expect(change.body).toMatchObject({ status: 'queued', settings: { reminderFrequency: 'every_3_days', quietHours: { from: '21:00', to: '08:00' } } });
    await waitFor('applied', () => t.db.query(`SELECT status FROM notification_changes WHERE id = $1`, [change.body.id]), (rows) => rows[0]?.status === 'applied');
    const account = await simCall('GET', `/accounts/${ref}`);
    expect(account.notificationSettings).toEqual({ reminderFrequency: 'every_3_days', quietHours: { from: '21:00', to: '08:00' } });
    const history = await t.call('GET', `/api/patients/${ref}/notification-changes`, { token: pwp.token });
    expect(history.body).toHaveLength(1);
    expect(history.body[0]).toMatchObject({ status: 'applied', reason: body.reason });
    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [change.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['patient.notification_change.request', 'patient.notification_change.applied']);
  });
});
