import type { INestApplicationContext } from '@nestjs/common';
import { demoProgrammeKey } from '@navdesk/server/demo';
import { RECOMPUTE_DAILY_SQL } from '@navdesk/server/engagement';
import { startApiTestApp, startWorkerTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';

const DAY = 86_400_000;

interface Ev {
  eventId: string;
  patientRef: string;
  type: string;
  occurredAt: string;
  value?: number;
  moduleId?: string;
  appVersion?: string;
}

describe('engagement: ingestion, rollups, flags, briefs', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let key: string;
  let otherKey: string;
  let pwp: { token: string; id: string };
  let navigator: string;
  let mine: string[];
  let otherPwpsPatient: string;
  let otherServicePatient: string;
  const now = Date.now();
  const at = (daysAgo: number, hour = 9) => new Date(now - daysAgo * DAY + (hour - 9) * 3_600_000).toISOString();
  const send = (events: Ev[], bearer = key) => t.call('POST', '/api/engagement/events', { token: bearer, body: { events } });
  const idOf = async (ref: string): Promise<string> => ((await t.db.query(`SELECT id FROM patients WHERE ref = $1`, [ref])) as { id: string }[])[0]?.id ?? '';
  const settled = () => waitFor('the worker to drain', () => t.db.query(`SELECT (SELECT count(*) FROM engagement_dirty_days)::int + (SELECT count(*) FROM engagement_dirty_patients)::int AS n`), (r) => r[0]?.n === 0);

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'engagement', seedDemo: true, env: { ENGAGEMENT_PROCESS_EVERY_MS: '300' } });
    worker = await startWorkerTestApp();
    const services: { id: string; code: string }[] = await t.db.query(`SELECT id, code FROM services ORDER BY code`);
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, id: p.user.id };
    navigator = (await t.signIn('nav1@navdesk.test')).accessToken;
    const serviceOfPwp = p.user.serviceIds[0];
    const code = services.find((s) => s.id === serviceOfPwp)?.code ?? '';
    key = demoProgrammeKey(code);
    otherKey = demoProgrammeKey(services.find((s) => s.id !== serviceOfPwp)?.code ?? '');
    const rows: { ref: string; pwp_id: string; service_id: string }[] = await t.db.query(`SELECT ref, pwp_id, service_id FROM patients ORDER BY ref`);
    mine = rows.filter((r) => r.pwp_id === pwp.id).map((r) => r.ref);
    otherPwpsPatient = rows.find((r) => r.service_id === serviceOfPwp && r.pwp_id !== pwp.id)?.ref ?? '';
    otherServicePatient = rows.find((r) => r.service_id !== serviceOfPwp)?.ref ?? '';
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('stores a batch once however often it is sent, and reports resent events as duplicates', async () => {
    const ref = mine[0] as string;
    const events: Ev[] = Array.from({ length: 60 }, (_, i) => ({ eventId: `idem-${i}`, patientRef: ref, type: 'notification_sent', occurredAt: at(i % 20) }));
    const first = await send(events);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ accepted: 60, duplicates: 0, unknownPatients: [] });
    for (let i = 0; i < 2; i++) expect((await send(events)).body).toEqual({ accepted: 0, duplicates: 60, unknownPatients: [] });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM engagement_events WHERE event_id LIKE 'idem-%'`);
    expect(n).toBe(60);
    // The same id twice in one batch is stored once.
    const twice = await send([{ eventId: 'twice-1', patientRef: ref, type: 'login', occurredAt: at(1) }, { eventId: 'twice-1', patientRef: ref, type: 'login', occurredAt: at(1) }]);
    expect(twice.body).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('rejects a whole batch with one bad event, naming it by index and field, and stores none of it', async () => {
    const ref = mine[1] as string;
    const events: Ev[] = Array.from({ length: 10 }, (_, i) => ({ eventId: `bad-batch-${i}`, patientRef: ref, type: 'mood_rated', value: 5, occurredAt: at(1) }));
    events[7] = { ...events[7], occurredAt: 'yesterday' } as Ev;
    events[3] = { ...events[3], value: 11 } as Ev;
    const res = await send(events);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['events[3].value', 'events[7].occurredAt']);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM engagement_events WHERE event_id LIKE 'bad-batch-%'`);
    expect(n).toBe(0);
    expect((await send([])).status).toBe(400);
    const tooMany = Array.from({ length: 5_001 }, (_, i) => ({ eventId: `many-${i}`, patientRef: ref, type: 'login', occurredAt: at(1) }));
    const big = await send(tooMany);
    expect(big.status).toBe(400);
    expect(big.body.details[0].field).toBe('events');
    expect((await send([{ eventId: 'x', patientRef: ref, type: 'login', occurredAt: at(1) }], 'ndk_not-a-key')).status).toBe(401);
    expect((await send([{ eventId: 'x', patientRef: ref, type: 'login', occurredAt: at(1) }], pwp.token)).status).toBe(401);
  });

  it('reports events for patients the service does not know, and stores the rest', async () => {
    const res = await send([
      { eventId: 'u-1', patientRef: mine[2] as string, type: 'login', occurredAt: at(0) },
      { eventId: 'u-2', patientRef: otherServicePatient, type: 'login', occurredAt: at(0) },
      { eventId: 'u-3', patientRef: 'P-ZZZZZZ', type: 'login', occurredAt: at(0) },
    ]);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ accepted: 1, duplicates: 0, unknownPatients: [{ index: 1, patientRef: otherServicePatient }, { index: 2, patientRef: 'P-ZZZZZZ' }] });
  });

  it('routes events to monthly partitions, and moves early arrivals out of DEFAULT when their month is prepared', async () => {
    const ref = mine[3] as string;
    await send([
      { eventId: 'part-now', patientRef: ref, type: 'login', occurredAt: new Date(now).toISOString() },
      { eventId: 'part-old', patientRef: ref, type: 'login', occurredAt: '2019-03-14T10:00:00Z' },
    ]);
    const where = async (id: string) => ((await t.db.query(`SELECT tableoid::regclass::text AS part FROM engagement_events WHERE event_id = $1`, [id])) as { part: string }[])[0]?.part;
    const d = new Date(now);
    expect(await where('part-now')).toBe(`engagement_events_y${d.getUTCFullYear()}m${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
    expect(await where('part-old')).toBe('engagement_events_default');
    await t.db.query(`SELECT navdesk_ensure_engagement_partition('2019-03-01')`);
    expect(await where('part-old')).toBe('engagement_events_y2019m03');
  });

  it('keeps the daily rollup equal to a recomputation from raw events', async () => {
    const refs = mine.slice(4, 8);
    const events: Ev[] = [];
    let k = 0;
    for (const ref of refs) {
      for (let day = 0; day < 14; day++) {
        for (let j = 0; j < 3; j++) {
          const type = ['login', 'mood_rated', 'notification_sent', 'notification_dismissed', 'module_started', 'module_completed'][(day + j + k) % 6] as string;
          events.push({ eventId: `roll-${k++}`, patientRef: ref, type, occurredAt: at(day, 8 + j * 5), ...(type === 'mood_rated' ? { value: (day * 7 + j) % 11 } : {}), ...(type.startsWith('module') ? { moduleId: `m0${(day % 4) + 1}-x` } : {}) });
        }
      }
    }
    // Sent in two overlapping halves at once: the rollup must not lose the race.
    await Promise.all([send(events.slice(0, 120)), send(events.slice(80))]);
    await settled();
    const ids = await Promise.all(refs.map(idOf));
    const rollup = await t.db.query(
      `SELECT patient_id, day::text AS day, logins, modules_started, modules_completed, mood_count, mood_sum, mood_min, mood_max, mood_last, notifications_sent, notifications_dismissed FROM engagement_daily WHERE patient_id = ANY($1) ORDER BY patient_id, day`,
      [ids],
    );
    const fresh = await t.db.query(
      `SELECT patient_id, day::text AS day, logins, modules_started, modules_completed, mood_count, mood_sum, mood_min, mood_max, mood_last, notifications_sent, notifications_dismissed FROM (${RECOMPUTE_DAILY_SQL}) r WHERE patient_id = ANY($1) ORDER BY patient_id, day`,
      [ids],
    );
    expect(rollup.length).toBeGreaterThan(40);
    expect(rollup).toEqual(fresh);
  });

  it('raises a no-log-in flag from a real stream, tells technical from disengagement, and clears it when the patient is back', async () => {
    const drifting = mine[8] as string;
    const updated = mine[9] as string;
    const history: Ev[] = [];
    for (let day = 30; day >= 9; day--) history.push({ eventId: `drift-${day}`, patientRef: drifting, type: 'login', occurredAt: at(day), appVersion: '4.2.1' });
    for (let day = 30; day >= 10; day--) history.push({ eventId: `upd-${day}`, patientRef: updated, type: 'login', occurredAt: at(day), appVersion: '4.2.1' });
    history.push({ eventId: 'upd-9', patientRef: updated, type: 'login', occurredAt: at(9), appVersion: '4.3.0' });
    expect((await send(history)).body.accepted).toBe(history.length);
    await settled();
    const flags = async (ref: string) => (await t.call('GET', `/api/patients/${ref}/flags`, { token: navigator })).body as { kind: string; cause: string; status: string; detail: string; clearedAt: string | null }[];
    const driftFlag = (await flags(drifting)).find((f) => f.kind === 'no_login');
    expect(driftFlag).toMatchObject({ status: 'open', cause: 'disengagement' });
    expect(driftFlag?.detail).toMatch(/No log-in for 9 days/);
    const updFlag = (await flags(updated)).find((f) => f.kind === 'no_login');
    expect(updFlag).toMatchObject({ status: 'open', cause: 'technical' });
    expect(updFlag?.detail).toMatch(/4\.3\.0/);

    const list = await t.call('GET', '/api/patients?flag=no_login&limit=100', { token: pwp.token });
    expect(list.body.items.map((i: { patientRef: string }) => i.patientRef)).toEqual(expect.arrayContaining([drifting, updated]));
    expect(list.body.items.every((i: { flags: string[] }) => i.flags.includes('no_login'))).toBe(true);

    await send([{ eventId: 'drift-back', patientRef: drifting, type: 'login', occurredAt: new Date().toISOString(), appVersion: '4.3.0' }]);
    await settled();
    const after = (await flags(drifting)).find((f) => f.kind === 'no_login');
    expect(after?.status).toBe('cleared');
    expect(after?.clearedAt).not.toBeNull();
    const caseload = await t.call('GET', '/api/patients?activity=recent&limit=100', { token: pwp.token });
    expect(caseload.body.items.find((i: { patientRef: string }) => i.patientRef === drifting)?.lastLoginAt).not.toBeNull();

    const navFlags = await t.call('GET', '/api/flags?kind=no_login', { token: navigator });
    const open = navFlags.body.items.find((f: { patientRef: string }) => f.patientRef === updated);
    const ack = await t.call('POST', `/api/flags/${open.id}/acknowledge`, { token: navigator, body: { note: 'App update broke log-in; vendor told' } });
    expect(ack.status).toBe(200);
    expect(ack.body.status).toBe('acknowledged');
    expect((await t.call('POST', `/api/flags/${open.id}/acknowledge`, { token: pwp.token, body: { note: 'x' } })).status).toBe(403);
  });

  it('scopes every patient read, and writes one audit row per read', async () => {
    const ref = mine[0] as string;
    const before: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'patient.engagement.read' AND detail->>'patientRef' = $1`, [ref]);
    const ok = await t.call('GET', `/api/patients/${ref}/engagement`, { token: pwp.token });
    expect(ok.status).toBe(200);
    expect(ok.body.notifications.sent).toBeGreaterThan(0);
    const after: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'patient.engagement.read' AND detail->>'patientRef' = $1`, [ref]);
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(1);
    for (const path of ['', '/engagement', '/flags', '/brief', '/tickets']) {
      expect((await t.call('GET', `/api/patients/${otherPwpsPatient}${path}`, { token: pwp.token })).status).toBe(404);
    }
    expect((await t.call('GET', `/api/patients/${ref}/engagement?from=nonsense`, { token: pwp.token })).body.details[0].field).toBe('from');
    const log = await t.call('GET', `/api/patients/${ref}/access-log`, { token: navigator });
    expect(log.status).toBe(200);
    expect(log.body.some((e: { actor: string; action: string }) => e.actor === 'pwp01@navdesk.test' && e.action === 'patient.engagement.read')).toBe(true);
    expect((await t.call('GET', `/api/patients/${ref}/access-log`, { token: pwp.token })).status).toBe(403);
  });

  it('takes the register feed: creates, replaces, and refuses a PWP of another service or a ref of another service', async () => {
    const sessions = [{ startsAt: new Date(now + 86_400_000).toISOString(), mode: 'face_to_face' }];
    const created = await t.call('PUT', '/api/patients/P-NEWR22', { token: key, body: { pwpId: pwp.id, sessions, mandatoryModules: ['m01-understanding-depression'] } });
    expect(created.status).toBe(201);
    const replaced = await t.call('PUT', '/api/patients/P-NEWR22', { token: key, body: { pwpId: pwp.id, sessions: [...sessions, { startsAt: new Date(now + 8 * 86_400_000).toISOString(), mode: 'online' }] } });
    expect(replaced.status).toBe(200);
    const detail = await t.call('GET', '/api/patients/P-NEWR22', { token: pwp.token });
    expect(detail.body).toMatchObject({ patientRef: 'P-NEWR22', mandatoryModules: ['m01-understanding-depression'], sessionsPlanned: 2 });
    expect((await t.call('PUT', '/api/patients/P-NEWR22', { token: otherKey, body: { pwpId: pwp.id, sessions } })).status).toBe(400);
    const bad = await t.call('PUT', '/api/patients/P-NEWR22', { token: key, body: { pwpId: pwp.id, sessions: [{ startsAt: 'soon', mode: 'face_to_face' }] } });
    expect(bad.status).toBe(400);
    expect((await t.call('PUT', `/api/patients/${otherServicePatient}`, { token: key, body: { pwpId: pwp.id, sessions } })).status).toBe(409);
  });

  it('prepares the brief of a face-to-face session in the next two working days, and refreshes it when data arrives', async () => {
    const startsAt = new Date(now + 86_400_000).toISOString();
    await t.call('PUT', '/api/patients/P-BRF222', { token: key, body: { pwpId: pwp.id, sessions: [{ startsAt: new Date(now - 7 * 86_400_000).toISOString(), mode: 'face_to_face' }, { startsAt, mode: 'face_to_face' }] } });
    await send([
      { eventId: 'brief-m1', patientRef: 'P-BRF222', type: 'mood_rated', value: 6, occurredAt: at(3) },
      { eventId: 'brief-m2', patientRef: 'P-BRF222', type: 'mood_rated', value: 3, occurredAt: at(1) },
      { eventId: 'brief-l1', patientRef: 'P-BRF222', type: 'login', occurredAt: at(1) },
      { eventId: 'brief-c1', patientRef: 'P-BRF222', type: 'module_completed', moduleId: 'm01-understanding-depression', occurredAt: at(2) },
    ]);
    await waitFor('the brief composed with the events', () => t.db.query(`SELECT b.content->'mood'->>'ratings' AS ratings FROM patient_briefs b JOIN patients p ON p.id = b.patient_id WHERE p.ref = 'P-BRF222'`), (rows) => rows[0]?.ratings === '2');
    const brief = await t.call('GET', '/api/patients/P-BRF222/brief', { token: pwp.token });
    expect(brief.status).toBe(200);
    expect(brief.body).toMatchObject({ patientRef: 'P-BRF222', session: { number: 2, startsAt }, mood: { latest: 3, min: 3, max: 6, change: -3, ratings: 2 }, modules: { completed: ['m01-understanding-depression'] } });
    expect(brief.body.logins.count).toBe(1);
    const today = await t.call('GET', '/api/briefs/today', { token: pwp.token });
    expect(today.body.map((b: { patientRef: string }) => b.patientRef)).toContain('P-BRF222');

    await send([{ eventId: 'brief-m3', patientRef: 'P-BRF222', type: 'mood_rated', value: 8, occurredAt: new Date().toISOString() }]);
    // The worker rolls up, re-evaluates, then recomposes the brief: wait for the stored brief itself.
    await waitFor('the brief recomposed', () => t.db.query(`SELECT b.content->'mood'->>'latest' AS latest FROM patient_briefs b JOIN patients p ON p.id = b.patient_id WHERE p.ref = 'P-BRF222'`), (rows) => rows[0]?.latest === '8');
    const refreshed = await t.call('GET', '/api/patients/P-BRF222/brief', { token: pwp.token });
    expect(refreshed.body.mood).toMatchObject({ latest: 8, ratings: 3 });
    const reads: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'patient.brief.read' AND detail->>'patientRef' = 'P-BRF222'`);
    expect(reads[0]?.n).toBe(2);
  });
});
