import { demoProgrammeKey } from '@navdesk/server/demo';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

const DAY = 86_400_000;
const PLAN = ['m01-understanding-depression', 'm02-behavioural-activation'];

/** The register feed (PUT /api/patients/:ref) is one upsert: racing feeds make one patient and never a 5xx. */
describe('register feed under concurrency', () => {
  let t: ApiTestApp;
  let key: string;
  let pwpId: string;
  const now = Date.now();
  const put = (ref: string, body: Record<string, unknown>) => t.call('PUT', `/api/patients/${ref}`, { token: key, body });

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'register', seedDemo: true });
    const pwp = await t.signIn('pwp01@navdesk.test');
    pwpId = pwp.user.id;
    const [service]: { code: string }[] = await t.db.query(`SELECT code FROM services WHERE id = $1`, [pwp.user.serviceIds[0]]);
    key = demoProgrammeKey(service?.code ?? '');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers 20 concurrent PUTs of one new ref with exactly one 201 and the rest 200, and stores one patient with its sessions', async () => {
    const ref = 'P-RACE22';
    // Sent out of time order: the register numbers them by time.
    const sessions = [
      { startsAt: new Date(now + 14 * DAY).toISOString(), mode: 'online' },
      { startsAt: new Date(now + 7 * DAY).toISOString(), mode: 'face_to_face' },
      { startsAt: new Date(now + 21 * DAY).toISOString(), mode: 'face_to_face' },
    ];
    const answers = await Promise.all(Array.from({ length: 20 }, () => put(ref, { pwpId, sessions, mandatoryModules: PLAN })));

    expect(answers.map((a) => a.status).sort((a, b) => a - b)).toEqual([...Array<number>(19).fill(200), 201]);
    expect(answers.filter((a) => a.body.created === true)).toHaveLength(1);
    const patients: { id: string; mandatory_modules: string[]; register_mandatory_modules: string[] }[] = await t.db.query(`SELECT id, mandatory_modules, register_mandatory_modules FROM patients WHERE ref = $1`, [ref]);
    expect(patients).toHaveLength(1);
    expect(patients[0]).toMatchObject({ mandatory_modules: PLAN, register_mandatory_modules: PLAN });
    const stored: { number: number; mode: string; starts_at: Date }[] = await t.db.query(`SELECT number, mode, starts_at FROM patient_sessions WHERE patient_id = $1 ORDER BY number`, [patients[0]?.id]);
    expect(stored.map((s) => [s.number, s.mode, s.starts_at.toISOString()])).toEqual([
      [1, 'face_to_face', sessions[1]?.startsAt],
      [2, 'online', sessions[0]?.startsAt],
      [3, 'face_to_face', sessions[2]?.startsAt],
    ]);
    const audit: { action: string; n: number }[] = await t.db.query(`SELECT action, count(*)::int AS n FROM audit_log WHERE entity_id = $1 GROUP BY action ORDER BY action`, [patients[0]?.id]);
    expect(audit).toEqual([
      { action: 'patient.register.create', n: 1 },
      { action: 'patient.register.update', n: 19 },
    ]);
  });

  it('keeps the register plan when a PUT leaves mandatoryModules out, and still refuses a ref of another service with 409', async () => {
    const ref = 'P-KEEP22';
    expect((await put(ref, { pwpId, sessions: [], mandatoryModules: PLAN })).status).toBe(201);
    expect((await put(ref, { pwpId, sessions: [{ startsAt: new Date(now + DAY).toISOString(), mode: 'online' }] })).status).toBe(200);
    const [row]: { mandatory_modules: string[]; register_mandatory_modules: string[] }[] = await t.db.query(`SELECT mandatory_modules, register_mandatory_modules FROM patients WHERE ref = $1`, [ref]);
    expect(row).toEqual({ mandatory_modules: PLAN, register_mandatory_modules: PLAN });

    const [other]: { ref: string }[] = await t.db.query(`SELECT p.ref FROM patients p JOIN users u ON u.id = $1 WHERE NOT (p.service_id = ANY (SELECT service_id FROM user_services WHERE user_id = u.id)) LIMIT 1`, [pwpId]);
    const racing = await Promise.all(Array.from({ length: 5 }, () => put(other?.ref ?? '', { pwpId, sessions: [] })));
    expect(racing.map((r) => r.status)).toEqual([409, 409, 409, 409, 409]);
  });
});
