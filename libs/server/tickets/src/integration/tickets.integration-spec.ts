import type { INestApplicationContext } from '@nestjs/common';
import { startApiTestApp, startWorkerTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { SlaSweepService, TriageService } from '@navdesk/server/tickets';

describe('tickets: intake, triage, work and incidents on real Postgres and Redis', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let pwp: { token: string; id: string; serviceId: string };
  let otherPwp: { token: string; id: string };
  let nav: { token: string; id: string };
  let nav2: { token: string };

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'tickets', seedDemo: true });
    worker = await startWorkerTestApp();
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, id: p.user.id, serviceId: p.user.serviceIds[0] as string };
    const o = await t.signIn('pwp02@navdesk.test');
    otherPwp = { token: o.accessToken, id: o.user.id };
    const n = await t.signIn('nav1@navdesk.test');
    nav = { token: n.accessToken, id: n.user.id };
    nav2 = { token: (await t.signIn('nav1@navdesk.test')).accessToken };
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const raise = (body: Record<string, unknown>, token = pwp.token, key?: string) =>
    t.call('POST', '/api/tickets', { token, body: { kind: 'tech_support', serviceId: pwp.serviceId, ...body }, headers: key ? { 'idempotency-key': key } : {} });

  const triaged = (id: string, token = nav.token) =>
    waitFor('triage', () => t.call('GET', `/api/tickets/${id}`, { token }), (r) => r.body.status === 'triaged');

  it('answers 201 at once, then the worker triages and assigns within seconds', async () => {
    const caseload = await t.call('GET', '/api/patients?limit=1', { token: pwp.token });
    const patientRef = caseload.body.items[0].patientRef;
    const created = await raise({ title: 'Patient cannot log in', description: 'The password reset link never arrives.', patientRef });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'new', reference: expect.stringMatching(/^ND-\d{6}$/), patientRef, riskFlag: false, riskNotice: null });
    const done = await triaged(created.body.id);
    expect(done.body).toMatchObject({ category: 'login_access', theme: 'functionality', priority: expect.stringMatching(/^p[1-4]$/), assigneeId: expect.any(String) });
    expect(new Date(done.body.slaDueAt).getTime()).toBeGreaterThan(Date.now());
    expect(done.body.timeline.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['created', 'triaged', 'assigned']));
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE ticket_id = $1 AND type = 'assigned'`, [created.body.id]);
    expect(n).toBe(1);
    // A manager of the service sees the ticket but never the patient it names.
    const manager = await t.signIn('manager1@navdesk.test');
    const asManager = await t.call('GET', `/api/tickets/${created.body.id}`, { token: manager.accessToken });
    expect(asManager.status).toBe(200);
    expect(asManager.body.patientRef).toBeNull();
    expect(JSON.stringify((await t.call('GET', '/api/tickets?limit=200', { token: manager.accessToken })).body)).not.toContain(patientRef);
  });

  it('returns the first ticket for a retried POST with the same Idempotency-Key', async () => {
    const first = await raise({ title: 'App crashes on start', description: 'Closes at once' }, pwp.token, 'retry-key-123456');
    const again = await raise({ title: 'App crashes on start', description: 'Closes at once' }, pwp.token, 'retry-key-123456');
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM tickets WHERE idempotency_key = 'retry-key-123456'`);
    expect(n).toBe(1);
  });

  it('runs triage once even when the job runs twice', async () => {
    const created = await raise({ title: 'Mood ratings not syncing', description: 'Data missing since Monday' });
    await triaged(created.body.id);
    const before = await t.db.query(`SELECT version, assignee_id, sla_due_at FROM tickets WHERE id = $1`, [created.body.id]);
    expect(await worker.get(TriageService).triage(created.body.id)).toBe('already-triaged');
    expect(await t.db.query(`SELECT version, assignee_id, sla_due_at FROM tickets WHERE id = $1`, [created.body.id])).toEqual(before);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1 AND type = 'triaged'`, [created.body.id]);
    expect(n).toBe(1);
  });

  it('refuses a stale edit with 409 and overwrites nothing', async () => {
    const created = await raise({ title: 'Notifications too many', description: 'Reminders every hour' });
    const read = (await triaged(created.body.id)).body;
    const first = await t.call('PATCH', `/api/tickets/${read.id}`, { token: nav.token, body: { version: read.version, priority: 'p1' } });
    expect(first.status).toBe(200);
    const stale = await t.call('PATCH', `/api/tickets/${read.id}`, { token: nav2.token, body: { version: read.version, priority: 'p4', status: 'in_progress' } });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/Someone else changed this ticket/);
    const now = await t.call('GET', `/api/tickets/${read.id}`, { token: nav.token });
    expect(now.body).toMatchObject({ priority: 'p1', status: 'triaged', version: read.version + 1 });
  });

  it('keeps tickets private: another PWP gets 404, and internal notes never reach the reporter', async () => {
    const created = await raise({ title: 'How do I find the mood diary?', description: 'Not sure where it is' });
    await triaged(created.body.id);
    expect((await t.call('GET', `/api/tickets/${created.body.id}`, { token: otherPwp.token })).status).toBe(404);
    expect((await t.call('POST', `/api/tickets/${created.body.id}/comments`, { token: otherPwp.token, body: { body: 'hello' } })).status).toBe(404);
    const others = await t.call('GET', '/api/tickets?limit=200', { token: otherPwp.token });
    expect(others.body.items.every((x: { reporterId: string }) => x.reporterId === otherPwp.id)).toBe(true);

    await t.call('POST', `/api/tickets/${created.body.id}/comments`, { token: nav.token, body: { body: 'Internal: check with vendor', internal: true } });
    await t.call('POST', `/api/tickets/${created.body.id}/comments`, { token: nav.token, body: { body: 'It is under Diary in the menu.' } });
    const asReporter = await t.call('GET', `/api/tickets/${created.body.id}`, { token: pwp.token });
    const bodies = asReporter.body.timeline.map((e: { body: string | null }) => e.body);
    expect(bodies).toContain('It is under Diary in the menu.');
    expect(JSON.stringify(asReporter.body)).not.toContain('check with vendor');
    const asNavigator = await t.call('GET', `/api/tickets/${created.body.id}`, { token: nav.token });
    expect(asNavigator.body.timeline.some((e: { type: string }) => e.type === 'internal_note')).toBe(true);
    const noInternalForPwp = await t.call('POST', `/api/tickets/${created.body.id}/comments`, { token: pwp.token, body: { body: 'x', internal: true } });
    expect(noInternalForPwp.status).toBe(400);
  });

  it('walks the story: waiting on reporter pauses, the reply resumes, resolve, then feedback', async () => {
    const created = await raise({ title: 'Patient locked out', description: 'Cannot log in' });
    let ticket = (await triaged(created.body.id)).body;
    ticket = (await t.call('PATCH', `/api/tickets/${ticket.id}`, { token: nav.token, body: { version: ticket.version, status: 'waiting_on_reporter' } })).body;
    expect(ticket.status).toBe('waiting_on_reporter');
    const reply = await t.call('POST', `/api/tickets/${ticket.id}/comments`, { token: pwp.token, body: { body: 'They got the email now.' } });
    expect(reply.status).toBe(201);
    ticket = (await t.call('GET', `/api/tickets/${ticket.id}`, { token: nav.token })).body;
    expect(ticket.status).toBe('in_progress');
    expect((await t.call('POST', `/api/tickets/${ticket.id}/feedback`, { token: pwp.token, body: { solved: true, disruptedTherapy: false } })).status).toBe(400);
    ticket = (await t.call('PATCH', `/api/tickets/${ticket.id}`, { token: nav.token, body: { version: ticket.version, status: 'resolved' } })).body;
    expect(ticket.resolvedAt).not.toBeNull();
    const fb = await t.call('POST', `/api/tickets/${ticket.id}/feedback`, { token: pwp.token, body: { solved: true, disruptedTherapy: true } });
    expect(fb.body.feedback).toMatchObject({ solved: true, disruptedTherapy: true });
    const bell = await t.call('GET', '/api/notifications/summary', { token: pwp.token });
    expect(bell.body.unread).toBeGreaterThanOrEqual(2);
  });

  it('treats risk apart: flag, notice to the reporter, duty contact e-mailed', async () => {
    const created = await raise({ title: 'Login problem', description: 'On the call my patient said she wants to end her life, and she cannot log in.' });
    expect(created.body.riskFlag).toBe(true);
    expect(created.body.riskNotice).toMatch(/not a crisis route/);
    await waitFor('the duty contact e-mail', () => t.db.query(`SELECT recipient, body FROM outbound_emails WHERE dedupe_key = $1`, [`risk-alert:${created.body.id}`]), (rows) => rows.length === 1);
    const [mail] = await t.db.query(`SELECT recipient, body FROM outbound_emails WHERE dedupe_key = $1`, [`risk-alert:${created.body.id}`]);
    expect(mail.recipient).toMatch(/^duty\./);
    expect(mail.body).not.toMatch(/P-[A-Z0-9]{6}/);
    const triagedRisk = await triaged(created.body.id);
    expect(triagedRisk.body.priority).toBe('p1');
  });

  it('groups similar usability reports into one incident; resolving it resolves them and tells the reporters', async () => {
    const a = await raise({ kind: 'usability_incident', title: 'Too many notifications from the app', description: 'The app sends reminders every hour and the patient ignores them' });
    const b = await raise({ kind: 'usability_incident', title: 'App sends too many notifications', description: 'Reminders every hour; patient turned them off' }, otherPwp.token);
    const ta = (await triaged(a.body.id)).body;
    const tb = (await triaged(b.body.id)).body;
    expect(ta.incidentId).toBeTruthy();
    expect(tb.incidentId).toBe(ta.incidentId);
    const incident = await t.call('GET', `/api/incidents/${ta.incidentId}`, { token: nav.token });
    expect(incident.body.tickets.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([a.body.id, b.body.id]));
    const resolved = await t.call('PATCH', `/api/incidents/${ta.incidentId}`, { token: nav.token, body: { version: incident.body.version, status: 'resolved', fixability: 'not_fixable' } });
    expect(resolved.status).toBe(200);
    const after = await t.call('GET', `/api/tickets/${b.body.id}`, { token: otherPwp.token });
    expect(after.body).toMatchObject({ status: 'resolved', fixability: 'not_fixable' });
    const told = await t.db.query(`SELECT user_id FROM notifications WHERE ticket_id = $1 AND type = 'resolved'`, [b.body.id]);
    expect(told).toEqual([{ user_id: otherPwp.id }]);
  });

  it('marks a breach once and tells the assignee', async () => {
    const created = await raise({ title: 'Screen reader cannot read the module', description: 'Nothing is read out' });
    const ticket = (await triaged(created.body.id)).body;
    await t.db.query(`UPDATE tickets SET sla_due_at = now() - interval '1 minute' WHERE id = $1`, [ticket.id]);
    const sweep = worker.get(SlaSweepService);
    expect(await sweep.sweep()).toBeGreaterThanOrEqual(1);
    await sweep.sweep();
    const events = await t.db.query(`SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1 AND type = 'breached'`, [ticket.id]);
    expect(events).toEqual([{ n: 1 }]);
    const breached = await t.call('GET', `/api/tickets?breached=true&limit=200`, { token: nav.token });
    expect(breached.body.items.some((x: { id: string }) => x.id === ticket.id)).toBe(true);
  });

  it('lists tickets in any of several statuses, repeated or comma-separated, and names an unknown one', async () => {
    const marker = `Multistatus ${Date.now()}`;
    const made = [];
    for (const n of [1, 2, 3]) made.push((await raise({ title: `${marker} ${n}`, description: 'The app closes' })).body.id as string);
    const [working, waiting, left] = await Promise.all(made.map((id) => triaged(id)));
    const move = async (id: string, status: string) => {
      const { version } = (await t.call('GET', `/api/tickets/${id}`, { token: nav.token })).body;
      expect((await t.call('PATCH', `/api/tickets/${id}`, { token: nav.token, body: { version, status } })).status).toBe(200);
    };
    await move(working.body.id, 'in_progress');
    await move(waiting.body.id, 'in_progress');
    await move(waiting.body.id, 'waiting_on_reporter');
    const listed = async (status: string) => {
      const res = await t.call('GET', `/api/tickets?q=${encodeURIComponent(marker)}&${status}&limit=200`, { token: nav.token });
      expect(res.status).toBe(200);
      return res.body.items.map((i: { id: string }) => i.id).sort();
    };
    expect(await listed('status=in_progress&status=waiting_on_reporter')).toEqual([working.body.id, waiting.body.id].sort());
    expect(await listed('status=triaged,waiting_on_reporter')).toEqual([waiting.body.id, left.body.id].sort());
    // One status, as before.
    expect(await listed('status=triaged')).toEqual([left.body.id]);
    for (const bad of ['status=bogus', 'status=triaged,bogus', 'status=triaged&status=bogus']) {
      const res = await t.call('GET', `/api/tickets?${bad}`, { token: nav.token });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['status']);
    }
  });

  it('names bad input fields and hides other services’ tickets', async () => {
    const bad = await raise({ kind: 'bug', title: '', description: 'x', severity: 'urgent' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'severity', 'title']);
    const notMine = await raise({ title: 'Someone else’s patient', description: 'x', patientRef: 'P-ZZZZZZ' });
    expect(notMine.status).toBe(400);
    expect(notMine.body.details[0].field).toBe('patientRef');
    const nav3 = await t.signIn('nav3@navdesk.test');
    const created = await raise({ title: 'Another crash', description: 'Closes' });
    expect((await t.call('GET', `/api/tickets/${created.body.id}`, { token: nav3.accessToken })).status).toBe(404);
    expect((await t.call('PATCH', `/api/tickets/${created.body.id}`, { token: nav3.accessToken, body: { version: 1, priority: 'p1' } })).status).toBe(404);
  });
});
