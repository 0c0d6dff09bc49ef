import type { INestApplicationContext } from '@nestjs/common';
import { demoProgrammeKey } from '@navdesk/server/demo';
import { startApiTestApp, startWorkerTestApp, waitFor, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { startSimForTest, type SimHarness } from './sim-harness';

const KEY = 'programme-sim-register-tailoring-test-key';
const M1 = 'm01-understanding-depression';
const M2 = 'm02-behavioural-activation';
const M3 = 'm03-thoughts-and-feelings';
const M4 = 'm04-problem-solving';
const M6 = 'm06-sleep-well';
const M7 = 'm07-healthy-habits';
const PLAN = [M1, M2, M3, M4];

/** The records feed sets the base plan; approved tailoring applies on top of it and survives every later feed. */
describe('register feed and tailoring', () => {
  let sim: SimHarness;
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let pwp: { token: string; id: string };
  let navigator: string;
  let navigatorIds: string[];
  let feedKey: string;
  let refs: string[];

  const nextRef = () => {
    const ref = refs.shift();
    if (!ref) throw new Error('out of demo patients');
    return ref;
  };
  const sessions = [{ startsAt: new Date(Date.now() + 86_400_000).toISOString(), mode: 'face_to_face' }];
  const feed = (ref: string, mandatoryModules: string[]) => t.call('PUT', `/api/patients/${ref}`, { token: feedKey, body: { pwpId: pwp.id, sessions, mandatoryModules } });
  const effectivePlan = async (ref: string): Promise<string[]> => (await t.call('GET', `/api/patients/${ref}`, { token: pwp.token })).body.mandatoryModules;
  const view = async (id: string) => (await t.call('GET', `/api/tailoring-requests/${id}`, { token: navigator })).body;
  const mootNotices = async (): Promise<number> => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE type = 'tailoring_moot'`);
    return n;
  };
  /** A PWP asks, a navigator approves, the worker applies it through the programme. */
  const tailor = async (ref: string, change: Record<string, string>): Promise<string> => {
    const created = await t.call('POST', '/api/tailoring-requests', { token: pwp.token, body: { patientRef: ref, reason: 'Agreed with the patient in session', ...change } });
    expect(created.status).toBe(201);
    expect((await t.call('PATCH', `/api/tailoring-requests/${created.body.id}`, { token: navigator, body: { version: created.body.version, decision: 'approved', note: 'Fine' } })).status).toBe(200);
    await waitFor('the change to be applied', () => view(created.body.id), (r) => r.status === 'applied', 10_000);
    return created.body.id;
  };

  beforeAll(async () => {
    sim = await startSimForTest(KEY);
    t = await startApiTestApp({ label: 'register-tailoring', seedDemo: true, env: { PROGRAMME_API_URL: sim.url, PROGRAMME_API_KEY: KEY, RESETS_RETRY_DELAY_MS: '150', ENGAGEMENT_PROCESS_EVERY_MS: '300' } });
    worker = await startWorkerTestApp();
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, id: p.user.id };
    const nav = await t.signIn('nav1@navdesk.test');
    navigator = nav.accessToken;
    const serviceId = p.user.serviceIds[0];
    const [service]: { code: string }[] = await t.db.query(`SELECT code FROM services WHERE id = $1`, [serviceId]);
    feedKey = demoProgrammeKey(service?.code ?? '');
    navigatorIds = (await t.db.query(`SELECT u.id FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = $1 AND u.role = 'navigator' AND u.active`, [serviceId])).map((r: { id: string }) => r.id);
    const rows: { ref: string }[] = await t.db.query(
      `SELECT p.ref FROM patients p WHERE p.pwp_id = $1 AND NOT EXISTS (SELECT 1 FROM tailoring_requests r WHERE r.patient_id = p.id) ORDER BY p.ref`,
      [pwp.id],
    );
    refs = rows.map((r) => r.ref);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sim?.close();
  });

  it('keeps a skip through every later feed, lets new modules in, and tells the navigators once when the feed makes it moot', async () => {
    const ref = nextRef();
    expect((await feed(ref, PLAN)).status).toBe(200);
    const skipId = await tailor(ref, { action: 'skip', moduleId: M4 });
    expect(await effectivePlan(ref)).toEqual([M1, M2, M3]);

    // The records feed still lists M4: the navigator's skip stands.
    expect((await feed(ref, PLAN)).status).toBe(200);
    expect(await effectivePlan(ref)).toEqual([M1, M2, M3]);
    // The feed adds M6: it arrives, and M4 stays skipped.
    expect((await feed(ref, [...PLAN, M6])).status).toBe(200);
    expect(await effectivePlan(ref)).toEqual([M1, M2, M3, M6]);
    expect((await view(skipId)).mootAt).toBeNull();
    expect(await mootNotices()).toBe(0);

    // The feed drops M4: the skip has nothing left to do, is recorded moot, and the navigators are told.
    expect((await feed(ref, [M1, M2, M3, M6])).status).toBe(200);
    expect(await effectivePlan(ref)).toEqual([M1, M2, M3, M6]);
    const moot = await view(skipId);
    expect(moot).toMatchObject({ status: 'applied', mootReason: expect.stringContaining('Problem solving is no longer in the patient') });
    expect(Date.parse(moot.mootAt)).not.toBeNaN();
    const onPatient = await t.call('GET', `/api/patients/${ref}/tailoring-requests`, { token: pwp.token });
    expect(onPatient.body.find((r: { id: string }) => r.id === skipId)).toMatchObject({ mootAt: moot.mootAt });

    // The same feed again tells nobody again.
    expect((await feed(ref, [M1, M2, M3, M6])).status).toBe(200);
    await waitForDrained(t.db);
    const told: { user_id: string; title: string; body: string }[] = await t.db.query(`SELECT user_id, title, body FROM notifications WHERE type = 'tailoring_moot' ORDER BY user_id`);
    expect(told.map((n) => n.user_id)).toEqual([...navigatorIds].sort());
    expect(told[0]?.title).toBe('Tailoring no longer applies: Skip Problem solving');
    expect(told.every((n) => !n.title.includes(ref) && !n.body.includes(ref))).toBe(true);
    const audit: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'tailoring_request.moot'`, [skipId]);
    expect(audit[0]?.n).toBe(1);

    // A moot change is spent: when the feed lists M4 again, the register's plan wins.
    expect((await feed(ref, PLAN)).status).toBe(200);
    expect(await effectivePlan(ref)).toEqual(PLAN);
    expect(await mootNotices()).toBe(navigatorIds.length);
  });

  it('keeps an added module through a feed without it, and records the add moot once the feed makes it mandatory', async () => {
    const ref = nextRef();
    const addId = await tailor(ref, { action: 'add', moduleId: M7 });
    expect(await effectivePlan(ref)).toEqual([...PLAN, M7]);
    expect((await feed(ref, [M1, M2, M3])).status).toBe(200);
    expect(await effectivePlan(ref)).toEqual([M1, M2, M3, M7]);
    const before = await mootNotices();
    expect((await feed(ref, [M7, M1, M2])).status).toBe(200);
    expect(await effectivePlan(ref)).toEqual([M7, M1, M2]);
    expect((await view(addId)).mootReason).toMatch(/Healthy habits is now in the patient's plan from the records feed anyway/);
    expect((await mootNotices()) - before).toBe(navigatorIds.length);
  });
});
