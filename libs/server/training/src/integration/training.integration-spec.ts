import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Training: the catalogue, booking races, attendance with confidence, the record, coverage, questions → training. */
describe('training', () => {
  let t: ApiTestApp;
  let navigator: string;
  let pwp: { token: string; id: string };
  let serviceId: string;
  let crowd: { token: string; id: string; email: string }[];
  const future = (days: number) => new Date(Date.now() + days * DAY).toISOString();

  const newModule = async (over: Record<string, unknown> = {}) =>
    (await t.call('POST', '/api/training/modules', { token: navigator, body: { title: 'Reading the mood chart', topic: 'reading_engagement', format: 'workshop', durationMinutes: 60, serviceId, ...over } })).body as { id: string };
  const newSession = async (moduleId: string, body: Record<string, unknown> = {}) => {
    const res = await t.call('POST', '/api/training/sessions', { token: navigator, body: { moduleId, startsAt: future(3), capacity: 10, serviceId, ...body } });
    expect(res.status).toBe(201);
    return res.body as { id: string; seatsLeft: number };
  };

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'training', seedDemo: true, env: { LOGIN_IP_LIMIT_PER_MINUTE: '1000' } });
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, id: p.user.id };
    serviceId = p.user.serviceIds[0] as string;
    navigator = (await t.signIn('nav1@navdesk.test')).accessToken;
    // 47 more PWPs in pwp01's service (with the demo password), so 50 different people can race for seats.
    const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM users WHERE email = 'pwp01@navdesk.test'`);
    const extra: { id: string }[] = await t.db.query(
      `INSERT INTO users (email, name, role, password_hash, active) SELECT 'racer' || g || '@navdesk.test', 'Racer ' || g, 'pwp', $1, true FROM generate_series(1, 47) g RETURNING id`,
      [password_hash],
    );
    await t.db.query(`INSERT INTO user_services (user_id, service_id) SELECT unnest($1::uuid[]), $2`, [extra.map((e) => e.id), serviceId]);
    const emails: string[] = (await t.db.query(`SELECT u.email FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = $1 AND u.role = 'pwp' ORDER BY u.email`, [serviceId])).map((r: { email: string }) => r.email);
    crowd = [];
    for (const email of emails) {
      const s = await t.signIn(email);
      crowd.push({ token: s.accessToken, id: s.user.id, email });
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the shared catalogue to everyone and lets a navigator add to it (400 naming the field otherwise)', async () => {
    const list = await t.call('GET', '/api/training/modules', { token: pwp.token });
    expect(list.status).toBe(200);
    expect(list.body.filter((m: { core: boolean }) => m.core).length).toBeGreaterThanOrEqual(3);
    const bad = await t.call('POST', '/api/training/modules', { token: navigator, body: { title: 'x', topic: 'astrology', format: 'workshop', durationMinutes: 60, serviceId } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['title', 'topic']);
    expect((await t.call('POST', '/api/training/modules', { token: pwp.token, body: { title: 'Mine', topic: 'tailoring', format: 'guide', durationMinutes: 10 } })).status).toBe(403);
    const created = await newModule({ title: 'Reading the mood chart, hands on' });
    expect((await t.call('GET', '/api/training/modules', { token: pwp.token })).body.map((m: { id: string }) => m.id)).toContain(created.id);
  });

  it('gives exactly 10 seats to 50 PWPs booking at once, plus repeat clicks: none lost, none doubled', async () => {
    const module = await newModule({ title: 'Race module' });
    const session = await newSession(module.id, { capacity: 10 });
    expect(crowd.length).toBe(50);
    // Every PWP once, and the first ten a second time, all at once.
    const attempts = [...crowd, ...crowd.slice(0, 10)];
    const results = await Promise.all(attempts.map((p) => t.call('POST', `/api/training/sessions/${session.id}/bookings`, { token: p.token })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(50);
    const won = attempts.filter((_, i) => statuses[i] === 201).map((p) => p.id);
    const rows: { pwp_id: string }[] = await t.db.query(`SELECT pwp_id FROM training_bookings WHERE session_id = $1 AND status = 'booked'`, [session.id]);
    expect(rows.map((r) => r.pwp_id).sort()).toEqual([...won].sort());
    expect(new Set(won).size).toBe(10);
    const [{ booked }] = await t.db.query(`SELECT booked FROM training_sessions WHERE id = $1`, [session.id]);
    expect(booked).toBe(10);
    for (const r of results.filter((x) => x.status === 409)) expect(['This session is full', 'You have already booked this session']).toContain(r.body.message);

    // A cancellation frees a seat, which the next PWP can take.
    const winner = crowd.find((p) => p.id === won[0]) as { token: string };
    expect((await t.call('DELETE', `/api/training/sessions/${session.id}/bookings`, { token: winner.token })).status).toBe(204);
    expect((await t.call('DELETE', `/api/training/sessions/${session.id}/bookings`, { token: winner.token })).status).toBe(404);
    const loser = crowd.find((p) => !won.includes(p.id)) as { token: string };
    expect((await t.call('POST', `/api/training/sessions/${session.id}/bookings`, { token: loser.token })).status).toBe(201);
    expect((await t.call('GET', `/api/training/sessions/${session.id}`, { token: navigator })).body).toMatchObject({ booked: 10, seatsLeft: 0 });
  });

  it('refuses booking a cancelled session, and keeps other services’ sessions hidden (404)', async () => {
    const module = await newModule({ title: 'Cancelled module' });
    const session = await newSession(module.id);
    expect((await t.call('POST', `/api/training/sessions/${session.id}/bookings`, { token: pwp.token })).status).toBe(201);
    expect((await t.call('POST', `/api/training/sessions/${session.id}/cancel`, { token: navigator })).status).toBe(200);
    const refused = await t.call('POST', `/api/training/sessions/${session.id}/bookings`, { token: crowd[5]?.token });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('This session was cancelled');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'training_booking'`, [pwp.id]);
    expect(n).toBe(1);
    const outsider = await t.signIn('pwp06@navdesk.test');
    expect(outsider.user.serviceIds).not.toContain(serviceId);
    expect((await t.call('GET', `/api/training/sessions/${session.id}`, { token: outsider.accessToken })).status).toBe(404);
    expect((await t.call('POST', `/api/training/sessions/${session.id}/bookings`, { token: outsider.accessToken })).status).toBe(404);
    expect((await t.call('POST', `/api/training/sessions`, { token: navigator, body: { moduleId: module.id, startsAt: new Date(Date.now() - HOUR).toISOString(), capacity: 0, serviceId } })).body.details.map((d: { field: string }) => d.field).sort()).toEqual(['capacity']);
  });

  it('records attendance with confidence, and the PWP’s record and coverage change with it', async () => {
    const modules: { id: string; title: string; core: boolean }[] = (await t.call('GET', '/api/training/modules', { token: pwp.token })).body;
    const core = modules.find((m) => m.core && m.title === 'Getting a patient started on the programme') as { id: string };
    const session = await newSession(core.id, { startsAt: new Date(Date.now() + 30 * 60_000).toISOString() });
    const me = crowd.find((p) => p.email === 'racer7@navdesk.test') as { token: string; id: string };
    const before = (await t.call('GET', '/api/training/record', { token: me.token })).body;
    const coreBefore = before.coreInduction.find((c: { moduleId: string }) => c.moduleId === core.id);
    expect(coreBefore.done).toBe(false);
    expect(before.upcoming.map((s: { id: string }) => s.id)).not.toContain(session.id);

    expect((await t.call('POST', `/api/training/sessions/${session.id}/bookings`, { token: me.token })).status).toBe(201);
    expect((await t.call('GET', '/api/training/record', { token: me.token })).body.upcoming.map((s: { id: string }) => s.id)).toContain(session.id);

    // Validation names the field; a PWP cannot record someone else; the navigator can.
    const bad = await t.call('POST', `/api/training/sessions/${session.id}/attendance`, { token: navigator, body: { pwpId: me.id, confidenceBefore: 0, confidenceAfter: 11 } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['confidenceAfter', 'confidenceBefore']);
    expect((await t.call('POST', `/api/training/sessions/${session.id}/attendance`, { token: me.token, body: { pwpId: pwp.id, confidenceBefore: 3, confidenceAfter: 7 } })).status).toBe(403);
    const recorded = await t.call('POST', `/api/training/sessions/${session.id}/attendance`, { token: navigator, body: { pwpId: me.id, confidenceBefore: 3, confidenceAfter: 7 } });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ change: 4 });
    const corrected = await t.call('POST', `/api/training/sessions/${session.id}/attendance`, { token: me.token, body: { pwpId: me.id, confidenceBefore: 4, confidenceAfter: 7 } });
    expect(corrected.status).toBe(200);

    const after = (await t.call('GET', '/api/training/record', { token: me.token })).body;
    expect(after.coreInduction.find((c: { moduleId: string }) => c.moduleId === core.id)).toMatchObject({ done: true });
    expect(after.attended[0]).toMatchObject({ confidenceBefore: 4, confidenceAfter: 7, change: 3 });
    expect((await t.call('GET', `/api/training/records/${me.id}`, { token: navigator })).body.attended).toHaveLength(after.attended.length);

    const coverage = (await t.call('GET', `/api/training/coverage?serviceId=${serviceId}`, { token: navigator })).body;
    const row = coverage.pwps.find((p: { id: string }) => p.id === me.id);
    expect(row.missing).not.toContain('Getting a patient started on the programme');
    expect(coverage.totalCount).toBe(50);
    expect(coverage.completeCount).toBe(coverage.pwps.filter((p: { complete: boolean }) => p.complete).length);
    // Attendance does not open days ahead.
    const later = await newSession(core.id, { startsAt: future(5) });
    const early = await t.call('POST', `/api/training/sessions/${later.id}/attendance`, { token: navigator, body: { pwpId: me.id, confidenceBefore: 3, confidenceAfter: 7 } });
    expect(early.status).toBe(409);
  });

  it('turns PWPs’ "how do I" tickets into topics, and invites the askers to a session in one action', async () => {
    const asker = crowd.find((p) => p.email === 'racer8@navdesk.test') as { token: string; id: string };
    for (const title of ['How do I help a patient choose modules?', 'Not sure how to assign a module', 'How do I pick modules for a new patient?']) {
      const res = await t.call('POST', '/api/tickets', { token: asker.token, body: { kind: 'tech_support', title, description: 'Not sure how to do this; is there a guide?', serviceId } });
      expect(res.status).toBe(201);
    }
    // Triage runs in the worker; here the theme is set as triage would, so the view is tested on its own.
    await t.db.query(`UPDATE tickets SET theme = 'confidence', category = 'other', status = 'triaged' WHERE reporter_id = $1`, [asker.id]);
    const module = await newModule({ title: 'Choosing modules together', topic: 'choosing_modules' });
    const session = await newSession(module.id, { startsAt: future(7) });

    const topics = (await t.call('GET', `/api/training/question-topics?serviceId=${serviceId}`, { token: navigator })).body as { topic: string; questions: number; askers: { id: string; questions: number; trained: boolean }[]; upcomingSessions: { id: string }[] }[];
    const choosing = topics.find((x) => x.topic === 'choosing_modules');
    expect(choosing?.askers.find((a) => a.id === asker.id)).toMatchObject({ questions: 3, trained: false });
    expect(choosing?.upcomingSessions.map((s) => s.id)).toContain(session.id);
    expect(topics.map((x) => x.questions)).toEqual([...topics.map((x) => x.questions)].sort((a, b) => b - a));
    expect((await t.call('GET', '/api/training/question-topics?days=0', { token: navigator })).status).toBe(400);
    expect((await t.call('GET', '/api/training/question-topics', { token: pwp.token })).status).toBe(403);

    const askers = choosing?.askers.map((a) => a.id) ?? [];
    const invited = await t.call('POST', `/api/training/sessions/${session.id}/invitations`, { token: navigator, body: { pwpIds: askers } });
    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({ invited: askers.length, alreadyInvited: 0, alreadyBooked: 0 });
    expect((await t.call('POST', `/api/training/sessions/${session.id}/invitations`, { token: navigator, body: { pwpIds: askers } })).body).toMatchObject({ invited: 0, alreadyInvited: askers.length });
    const sessions = (await t.call('GET', '/api/training/sessions?when=upcoming&limit=200', { token: asker.token })).body.items as { id: string; invitedMe: boolean }[];
    expect(sessions.find((s) => s.id === session.id)?.invitedMe).toBe(true);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'training_invitation'`, [asker.id]);
    expect(n).toBe(1);
    const outsider = (await t.signIn('pwp06@navdesk.test')).user.id;
    const wrong = await t.call('POST', `/api/training/sessions/${session.id}/invitations`, { token: navigator, body: { pwpIds: [asker.id, outsider] } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('pwpIds[1]');
  });

  it('pages upcoming sessions soonest first, and lets managers read coverage but not book', async () => {
    const first = await t.call('GET', '/api/training/sessions?limit=2', { token: pwp.token });
    expect(first.body.items).toHaveLength(2);
    const second = await t.call('GET', `/api/training/sessions?limit=2&cursor=${first.body.nextCursor}`, { token: pwp.token });
    const times = [...first.body.items, ...second.body.items].map((s: { startsAt: string }) => s.startsAt);
    expect(times).toEqual([...times].sort());
    const manager = (await t.signIn('manager1@navdesk.test')).accessToken;
    expect((await t.call('GET', `/api/training/coverage?serviceId=${serviceId}`, { token: manager })).status).toBe(200);
    expect((await t.call('POST', `/api/training/sessions/${first.body.items[0].id}/bookings`, { token: manager })).status).toBe(403);
    expect((await t.call('GET', '/api/training/sessions?cursor=nonsense', { token: pwp.token })).status).toBe(400);
  });
});
