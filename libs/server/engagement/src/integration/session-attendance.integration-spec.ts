import { demoProgrammeKey } from '@navdesk/server/demo';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

const DAY = 86_400_000;
const REF = 'P-ATTN22';

interface CaseloadRow {
  patientRef: string;
  sessionsAttended: number;
  sessions: { number: number; attended?: boolean | null }[];
}

/** Attendance from the records feed: "sessions attended" counts what happened, and the brief looks back to the last session held. */
describe('session attendance from the register feed', () => {
  let t: ApiTestApp;
  let key: string;
  let pwp: { token: string; id: string };
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  const put = (body: Record<string, unknown>) => t.call('PUT', `/api/patients/${REF}`, { token: key, body });

  /** The patient's caseload row, as the PWP's caseload lists it (paged through). */
  async function caseloadRow(): Promise<CaseloadRow | undefined> {
    let cursor: string | null = null;
    do {
      const res = await t.call('GET', `/api/patients?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: pwp.token });
      expect(res.status).toBe(200);
      const found = (res.body.items as CaseloadRow[]).find((r) => r.patientRef === REF);
      if (found) return found;
      cursor = res.body.nextCursor;
    } while (cursor);
    return undefined;
  }

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'attendance', seedDemo: true });
    const signedIn = await t.signIn('pwp01@navdesk.test');
    pwp = { token: signedIn.accessToken, id: signedIn.user.id };
    const [service]: { code: string }[] = await t.db.query(`SELECT code FROM services WHERE id = $1`, [signedIn.user.serviceIds[0]]);
    key = demoProgrammeKey(service?.code ?? '');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts sessions attended, not sessions past, and starts the brief from the last session held', async () => {
    const sessions = [
      { startsAt: at(-10), mode: 'face_to_face', attended: true },
      // The feed has not said: a past session counts as held, as before.
      { startsAt: at(-6), mode: 'online' },
      { startsAt: at(-2), mode: 'face_to_face', attended: false },
      { startsAt: new Date(now + 60 * 60 * 1000).toISOString(), mode: 'face_to_face' },
      { startsAt: at(7), mode: 'online' },
    ];
    expect((await put({ pwpId: pwp.id, sessions })).status).toBe(201);
    const stored: { number: number; attended: boolean | null }[] = await t.db.query(
      `SELECT s.number, s.attended FROM patient_sessions s JOIN patients p ON p.id = s.patient_id WHERE p.ref = $1 ORDER BY s.number`,
      [REF],
    );
    expect(stored).toEqual([
      { number: 1, attended: true },
      { number: 2, attended: null },
      { number: 3, attended: false },
      { number: 4, attended: null },
      { number: 5, attended: null },
    ]);

    const row = await caseloadRow();
    expect(row?.sessionsAttended).toBe(2);
    expect(row?.sessions.map((s) => s.attended)).toEqual([true, null, false, null, null]);

    // The missed session two days ago is not "the last session": the brief looks back to the one six days ago.
    const brief = await t.call('GET', `/api/patients/${REF}/brief`, { token: pwp.token });
    expect(brief.status).toBe(200);
    expect(brief.body.session).toMatchObject({ number: 4, mode: 'face_to_face' });
    expect(brief.body.since).toBe(sessions[1]?.startsAt);
  });

  it('follows the feed when it changes its mind, and falls back to the sessions past when it says nothing', async () => {
    const sessions = [
      { startsAt: at(-10), mode: 'face_to_face', attended: true },
      { startsAt: at(-6), mode: 'online', attended: false },
      { startsAt: at(-2), mode: 'face_to_face', attended: true },
      { startsAt: new Date(now + 60 * 60 * 1000).toISOString(), mode: 'face_to_face' },
    ];
    expect((await put({ pwpId: pwp.id, sessions })).status).toBe(200);
    expect((await caseloadRow())?.sessionsAttended).toBe(2);
    const brief = await t.call('GET', `/api/patients/${REF}/brief`, { token: pwp.token });
    expect(brief.body.since).toBe(sessions[2]?.startsAt);

    const unsaid = sessions.map(({ startsAt, mode }) => ({ startsAt, mode }));
    expect((await put({ pwpId: pwp.id, sessions: unsaid })).status).toBe(200);
    expect((await caseloadRow())?.sessionsAttended).toBe(3);
  });

  it('refuses an attended flag that is not true or false, naming it', async () => {
    const res = await put({ pwpId: pwp.id, sessions: [{ startsAt: at(-1), mode: 'online', attended: 'yes' }] });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).join(',')).toContain('attended');
  });
});
