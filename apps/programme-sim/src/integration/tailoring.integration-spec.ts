import type { INestApplicationContext } from '@nestjs/common';
import { ProgrammeClient } from '@navdesk/server/programme';
import { startApiTestApp, startWorkerTestApp, waitFor, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { startSimForTest, type SimHarness } from './sim-harness';

const KEY = 'programme-sim-tailoring-test-key';
const PLAN = ['m01-understanding-depression', 'm02-behavioural-activation', 'm03-thoughts-and-feelings', 'm04-problem-solving'];

/** Tailoring requests from a PWP's ask to the programme: the real api and worker, the simulator over HTTP. */
describe('tailoring through the programme', () => {
  let sim: SimHarness;
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let pwp: { token: string; id: string };
  let otherPwp: string;
  let navigator: string;
  let refs: string[];
  let otherRef: string;

  const simCall = (method: string, path: string, body?: unknown) => sim.call(method, path, body);
  const faults = (f: { errorRate?: number; latencyMs?: number; down?: boolean }) => sim.faults(f);
  const ask = (body: Record<string, unknown>, token = pwp.token) => t.call('POST', '/api/tailoring-requests', { token, body: { reason: 'Co-morbid anxiety: worry content first', ...body } });
  const decide = (id: string, version: number, decision = 'approved', token = navigator) => t.call('PATCH', `/api/tailoring-requests/${id}`, { token, body: { version, decision, note: 'Agreed with the PWP' } });
  const status = (id: string) => t.db.query(`SELECT status, attempts, ticket_id FROM tailoring_requests WHERE id = $1`, [id]).then((r: { status: string; attempts: number; ticket_id: string | null }[]) => r[0]);
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
      label: 'tailoring',
      seedDemo: true,
      env: { PROGRAMME_API_URL: sim.url, PROGRAMME_API_KEY: KEY, PROGRAMME_TIMEOUT_MS: '300', PROGRAMME_CIRCUIT_RESET_MS: '1500', RESETS_RETRY_DELAY_MS: '150', ENGAGEMENT_PROCESS_EVERY_MS: '300' },
    });
    worker = await startWorkerTestApp();
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, id: p.user.id };
    otherPwp = (await t.signIn('pwp02@navdesk.test')).accessToken;
    navigator = (await t.signIn('nav1@navdesk.test')).accessToken;
    // Patients with the untailored plan and no demo request, so every test starts from the same plan.
    const rows: { ref: string; email: string }[] = await t.db.query(
      `SELECT p.ref, u.email FROM patients p JOIN users u ON u.id = p.pwp_id
        WHERE u.email IN ('pwp01@navdesk.test', 'pwp02@navdesk.test') AND NOT EXISTS (SELECT 1 FROM tailoring_requests r WHERE r.patient_id = p.id) ORDER BY p.ref`,
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

  it('goes from a PWP’s request to the programme: approved, applied once, the PWP told, the plan updated on both sides', async () => {
    const ref = nextRef();
    const created = await ask({ patientRef: ref, action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm05-managing-worry' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', patientRef: ref, action: 'replace', moduleTitle: 'Thoughts and feelings', replacementModuleTitle: 'Managing worry', version: 1 });
    const onPatient = await t.call('GET', `/api/patients/${ref}/tailoring-requests`, { token: pwp.token });
    expect(onPatient.body.map((r: { id: string }) => r.id)).toEqual([created.body.id]);

    const queue = await t.call('GET', '/api/tailoring-requests?status=pending&limit=200', { token: navigator });
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(created.body.id);
    const decided = await decide(created.body.id, 1);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'queued', decisionNote: 'Agreed with the PWP', decidedBy: { name: 'Nadia Navigator' } });

    await waitFor('applied', () => status(created.body.id), (r) => r?.status === 'applied', 10_000);
    await waitForDrained(t.db);
    const account = await simCall('GET', `/accounts/${ref}`);
    expect(account.modulePlan).toEqual(['m01-understanding-depression', 'm02-behavioural-activation', 'm05-managing-worry', 'm04-problem-solving']);
    expect(await simCall('GET', `/simulate/accounts/${ref}/plan-changes`)).toHaveLength(1);
    const [patient] = await t.db.query(`SELECT mandatory_modules FROM patients WHERE ref = $1`, [ref]);
    expect(patient.mandatory_modules).toEqual(account.modulePlan);
    const told: { type: string }[] = await t.db.query(`SELECT type FROM notifications WHERE user_id = $1 AND type::text LIKE 'tailoring_%' ORDER BY created_at`, [pwp.id]);
    expect(told.map((n) => n.type)).toEqual(expect.arrayContaining(['tailoring_decided', 'tailoring_applied']));
    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`, [created.body.id]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['tailoring_request.create', 'tailoring_request.approve', 'tailoring_request.applied']));
    // Idempotent: the job run again changes nothing.
    expect((await t.call('GET', `/api/tailoring-requests/${created.body.id}`, { token: pwp.token })).body).toMatchObject({ status: 'applied', attempts: 1 });
  });

  it('stores the reason as typed and, in the same write, masked for the vendor pack', async () => {
    const reason = 'Patient NHS 943 476 5919 asked on 07700 900123 to skip it';
    const created = await ask({ patientRef: nextRef(), action: 'skip', moduleId: 'm04-problem-solving', reason });
    expect(created.status).toBe(201);
    const [row] = await t.db.query(`SELECT reason, reason_masked FROM tailoring_requests WHERE id = $1`, [created.body.id]);
    expect(row).toEqual({ reason, reason_masked: 'Patient NHS [NHS number] asked on [phone number] to skip it' });
  });

  it('answers a decision on a stale version with 409, and a second decision too', async () => {
    const created = await ask({ patientRef: nextRef(), action: 'skip', moduleId: 'm04-problem-solving' });
    const [a, b] = await Promise.all([decide(created.body.id, 1, 'approved'), decide(created.body.id, 1, 'declined')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    // Let an approval finish applying (which moves the version on) before reading the version.
    await waitFor('settled', () => status(created.body.id), (r) => r?.status === 'applied' || r?.status === 'declined', 10_000);
    const after = (await t.call('GET', `/api/tailoring-requests/${created.body.id}`, { token: navigator })).body;
    expect(after.version).toBeGreaterThan(1);
    const again = await decide(created.body.id, after.version, 'declined');
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already/);
  });

  it('keeps other PWPs’ patients out (404), names bad fields (400), and refuses a second open request (409)', async () => {
    expect((await ask({ patientRef: otherRef, action: 'skip', moduleId: 'm04-problem-solving' })).status).toBe(404);
    expect((await ask({ patientRef: otherRef, action: 'skip', moduleId: 'm04-problem-solving' }, otherPwp)).status).toBe(201);
    expect((await t.call('GET', `/api/patients/${otherRef}/tailoring-requests`, { token: pwp.token })).status).toBe(404);
    const ref = nextRef();
    const bad = await ask({ patientRef: ref, action: 'replace', moduleId: 'm09-relationships', reason: 'no' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['reason']);
    const planBad = await ask({ patientRef: ref, action: 'replace', moduleId: 'm09-relationships' });
    expect(planBad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['moduleId', 'replacementModuleId']);
    expect((await ask({ patientRef: ref, action: 'add', moduleId: 'm06-sleep-well' })).status).toBe(201);
    const twice = await ask({ patientRef: ref, action: 'add', moduleId: 'm06-sleep-well' });
    expect(twice.status).toBe(409);
    expect((await ask({ patientRef: ref, action: 'add', moduleId: 'm06-sleep-well' }, navigator)).status).toBe(403);
    const mine = await t.call('GET', '/api/tailoring-requests?limit=200', { token: pwp.token });
    expect(mine.body.items.every((r: { requestedBy: { id: string } }) => r.requestedBy.id === pwp.id)).toBe(true);
  });

  it('fails after the programme stays down, opens a ticket and tells the PWP; a navigator’s retry applies it', async () => {
    const ref = nextRef();
    const created = await ask({ patientRef: ref, action: 'add', moduleId: 'm08-self-compassion' });
    await faults({ down: true });
    await decide(created.body.id, 1);
    await waitFor('failed', () => status(created.body.id), (r) => r?.status === 'failed', 15_000);
    const failed = (await t.call('GET', `/api/tailoring-requests/${created.body.id}`, { token: navigator })).body;
    expect(failed.attempts).toBe(5);
    expect(failed.ticket.reference).toMatch(/^ND-/);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'tailoring_failed'`, [pwp.id]);
    expect(n).toBe(1);
    expect(await simCall('GET', `/simulate/accounts/${ref}/plan-changes`)).toEqual([]);

    await faults({});
    await circuitClosed();
    expect((await t.call('POST', `/api/tailoring-requests/${created.body.id}/retry`, { token: navigator })).status).toBe(202);
    await waitFor('applied after retry', () => status(created.body.id), (r) => r?.status === 'applied', 10_000);
    expect((await simCall('GET', `/accounts/${ref}`)).modulePlan).toEqual([...PLAN, 'm08-self-compassion']);
    expect((await t.call('POST', `/api/tailoring-requests/${created.body.id}/retry`, { token: navigator })).status).toBe(409);
  });

  it('shows open and decided requests in the pre-session brief', async () => {
    const [row] = await t.db.query(
      `SELECT p.ref, p.id FROM patients p JOIN users u ON u.id = p.pwp_id JOIN patient_sessions s ON s.patient_id = p.id
        WHERE u.email = 'pwp01@navdesk.test' AND s.mode = 'face_to_face' AND s.starts_at > now() ORDER BY s.starts_at LIMIT 1`,
    );
    // Move that session to tomorrow so it is in the brief window.
    await t.db.query(`UPDATE patient_sessions SET starts_at = now() + interval '20 hours' WHERE id = (SELECT id FROM patient_sessions WHERE patient_id = $1 AND mode = 'face_to_face' AND starts_at > now() ORDER BY starts_at LIMIT 1)`, [row.id]);
    const created = await ask({ patientRef: row.ref, action: 'add', moduleId: 'm07-healthy-habits' });
    expect(created.status).toBe(201);
    const brief = await waitFor(
      'the brief to show the request',
      () => t.call('GET', `/api/patients/${row.ref}/brief`, { token: pwp.token }),
      (r) => r.status === 200 && (r.body.tailoring ?? []).some((x: { id: string }) => x.id === created.body.id),
      10_000,
    );
    expect(brief.body.tailoring.find((x: { id: string }) => x.id === created.body.id)).toMatchObject({ action: 'add', moduleTitle: 'Healthy habits', status: 'pending' });
  });
});
