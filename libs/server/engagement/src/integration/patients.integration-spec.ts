import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

interface Row {
  patientRef: string;
  pwpId: string;
  serviceId: string;
  sessions: { mode: string }[];
}

async function wholeCaseload(t: ApiTestApp, token: string): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.call('GET', `/api/patients?limit=40${cursor ? `&cursor=${cursor}` : ''}`, { token });
    expect(res.status).toBe(200);
    rows.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return rows;
}

describe('patient register: caseloads scoped by role and audited', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'patients', seedDemo: true });
  });

  afterAll(async () => {
    await t.close();
  });

  it('gives a PWP only their own patients, each with 11 planned sessions', async () => {
    const pwp = await t.signIn('pwp01@navdesk.test');
    const rows = await wholeCaseload(t, pwp.accessToken);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.pwpId === pwp.user.id)).toBe(true);
    expect(rows.every((r) => /^P-[A-Z0-9]{6}$/.test(r.patientRef))).toBe(true);
    const first = rows[0];
    expect(first?.sessions.filter((s) => s.mode === 'face_to_face')).toHaveLength(6);
    expect(first?.sessions.filter((s) => s.mode === 'online')).toHaveLength(5);
  });

  it('gives a navigator their services’ patients and nothing else', async () => {
    const nav = await t.signIn('nav1@navdesk.test');
    const rows = await wholeCaseload(t, nav.accessToken);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM patients WHERE service_id = ANY($1)`, [nav.user.serviceIds]);
    expect(rows).toHaveLength(n);
    expect(rows.every((r) => nav.user.serviceIds.includes(r.serviceId))).toBe(true);
  });

  it('refuses managers and admins patient-level data', async () => {
    for (const email of ['manager1@navdesk.test', 'admin@navdesk.test']) {
      const who = await t.signIn(email);
      expect((await t.call('GET', '/api/patients', { token: who.accessToken })).status).toBe(403);
    }
  });

  it('writes one audit row per caseload read, naming the patients shown', async () => {
    const pwp = await t.signIn('pwp05@navdesk.test');
    const res = await t.call('GET', '/api/patients?limit=3', { token: pwp.accessToken });
    const audit = await t.db.query(`SELECT action, detail FROM audit_log WHERE actor_id = $1 AND action LIKE 'patients.%'`, [pwp.user.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].detail.refs.split(',')).toEqual(res.body.items.map((r: Row) => r.patientRef));
  });
});
