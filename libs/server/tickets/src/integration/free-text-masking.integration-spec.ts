import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findIdentifiers, maskIdentifiers } from '@navdesk/contracts';
import { ALL_MIGRATIONS } from '@navdesk/server/database';
import { startApiTestApp, startWorkerTestApp, waitFor, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';

/** 943 476 5919 passes the modulus-11 check (check digit 9). */
const NHS = '9434765919';
const PHONE = '07700 900123';
const EMAIL = 'jane.doe@example.org';
const POSTCODE = 'SW1A 1AA';
const DOB = '12/03/1984';

interface TimelineLine {
  type: string;
  body: string | null;
}

/** Free text: the reporter and navigators read what was typed; managers, incidents, reports and exports never an identifier. */
describe('free text and identifiers', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let pwp: { token: string; id: string; serviceId: string };
  let nav: { token: string; id: string };
  let manager: { token: string; id: string };
  let patientRef: string;
  let first: { id: string; reference: string };
  let second: { id: string; reference: string };

  const get = (path: string, token: string) => t.call('GET', path, { token });
  /** Every identifier the detector finds in an answer, however deep in it. */
  const identifiersIn = (value: unknown) => findIdentifiers(typeof value === 'string' ? value : JSON.stringify(value));

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'free_text', seedDemo: true });
    worker = await startWorkerTestApp();
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, id: p.user.id, serviceId: p.user.serviceIds[0] as string };
    const n = await t.signIn('nav1@navdesk.test');
    nav = { token: n.accessToken, id: n.user.id };
    const m = await t.signIn('manager1@navdesk.test');
    manager = { token: m.accessToken, id: m.user.id };
    patientRef = (await get('/api/patients?limit=1', pwp.token)).body.items[0].patientRef;

    const raise = async (title: string, description: string, extra: Record<string, unknown> = {}) => {
      const res = await t.call('POST', '/api/tickets', { token: pwp.token, body: { kind: 'usability_incident', serviceId: pwp.serviceId, title, description, ...extra } });
      expect(res.status).toBe(201);
      return res.body as { id: string; reference: string };
    };
    first = await raise(`Breathing exercise audio stops halfway for ${patientRef}, call ${PHONE}`, `The breathing exercise audio stops halfway through. Patient NHS ${NHS}, reach her on ${PHONE}.`, { patientRef });
    second = await raise(`Breathing exercise audio stops halfway, NHS 943 476 5919`, `The breathing exercise audio stops halfway through. Patient ${EMAIL}, lives at ${POSTCODE}, DOB ${DOB}.`);
    for (const ticket of [first, second]) {
      await waitFor('triage', () => get(`/api/tickets/${ticket.id}`, nav.token), (r) => r.body.status === 'triaged' && r.body.incidentId !== null);
    }
    expect((await t.call('POST', `/api/tickets/${second.id}/comments`, { token: pwp.token, body: { body: `You can also e-mail me at ${EMAIL}` } })).status).toBe(201);
    expect((await t.call('POST', `/api/tickets/${second.id}/comments`, { token: nav.token, body: { body: `I will call the patient on ${PHONE} tomorrow` } })).status).toBe(201);
    expect((await t.call('POST', `/api/tickets/${second.id}/comments`, { token: nav.token, body: { body: `Checked NHS ${NHS}, born ${DOB}, against the register`, internal: true } })).status).toBe(201);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('stores the masked rendition with the original, in the same write', async () => {
    const rows: { title: string; title_masked: string; description: string; description_masked: string }[] = await t.db.query(
      `SELECT title, title_masked, description, description_masked FROM tickets WHERE id = ANY($1) ORDER BY reference`,
      [[first.id, second.id]],
    );
    for (const r of rows) {
      expect(identifiersIn(r.title).length + identifiersIn(r.description).length).toBeGreaterThan(0);
      expect(r.title_masked).toBe(maskIdentifiers(r.title));
      expect(r.description_masked).toBe(maskIdentifiers(r.description));
    }
    const comments: { body: string; body_masked: string }[] = await t.db.query(`SELECT body, body_masked FROM ticket_events WHERE ticket_id = $1 AND type IN ('reply', 'internal_note')`, [second.id]);
    expect(comments).toHaveLength(3);
    for (const c of comments) expect(c.body_masked).toBe(maskIdentifiers(c.body));
  });

  it('shows the reporter and a navigator what was typed', async () => {
    const mine = (await get(`/api/tickets/${second.id}`, pwp.token)).body;
    expect(mine.description).toContain(EMAIL);
    expect(mine.timeline.map((e: TimelineLine) => e.body)).toEqual(expect.arrayContaining([`You can also e-mail me at ${EMAIL}`, `I will call the patient on ${PHONE} tomorrow`]));
    expect(mine.timeline.some((e: TimelineLine) => e.type === 'internal_note')).toBe(false);

    const asNavigator = (await get(`/api/tickets/${second.id}`, nav.token)).body;
    expect(asNavigator).toMatchObject({ title: 'Breathing exercise audio stops halfway, NHS 943 476 5919', textMasked: false });
    expect(asNavigator.description).toContain(POSTCODE);
    expect(asNavigator.timeline.find((e: TimelineLine) => e.type === 'internal_note').body).toContain(NHS);
    expect((await get(`/api/tickets/${first.id}`, nav.token)).body).toMatchObject({ patientRef, title: expect.stringContaining(PHONE) });
  });

  it('shows a manager masked text only, with no comment thread and no internal note, in the detail and the list', async () => {
    for (const ticket of [first, second]) {
      const detail = await get(`/api/tickets/${ticket.id}`, manager.token);
      expect(detail.status).toBe(200);
      expect(detail.body.textMasked).toBe(true);
      expect(detail.body.patientRef).toBeNull();
      expect(identifiersIn(detail.body)).toEqual([]);
      expect(detail.body.timeline.some((e: TimelineLine) => ['reply', 'internal_note', 'risk_flagged'].includes(e.type))).toBe(false);
      expect(detail.body.timeline.map((e: TimelineLine) => e.type)).toEqual(expect.arrayContaining(['created', 'triaged']));
    }
    const detail = (await get(`/api/tickets/${second.id}`, manager.token)).body;
    expect(detail.title).toBe('Breathing exercise audio stops halfway, NHS [NHS number]');
    expect(detail.description).toBe('The breathing exercise audio stops halfway through. Patient [e-mail address], lives at [postcode], DOB [date of birth].');

    const list = (await get('/api/tickets?q=Breathing&limit=200', manager.token)).body;
    expect(list.items.map((i: { id: string }) => i.id).sort()).toEqual([first.id, second.id].sort());
    expect(identifiersIn(list.items)).toEqual([]);
    // There is no comments route for a manager: writing one is refused.
    expect((await t.call('POST', `/api/tickets/${second.id}/comments`, { token: manager.token, body: { body: 'Noted' } })).status).toBe(403);
  });

  it('opens a ticket page for the service’s managers with no patient ref, no comment and no note, for reading only', async () => {
    const page = await get(`/api/tickets/${first.id}`, manager.token);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ id: first.id, reference: first.reference, patientRef: null, textMasked: true });
    expect(JSON.stringify(page.body)).not.toContain(patientRef);
    const withThread = (await get(`/api/tickets/${second.id}`, manager.token)).body;
    const shown = JSON.stringify(withThread);
    for (const words of ['You can also e-mail me', 'I will call the patient', 'against the register']) expect(shown).not.toContain(words);
    expect(withThread.timeline.every((e: TimelineLine) => !['reply', 'internal_note'].includes(e.type))).toBe(true);
    // Reading only: a manager changes nothing, and another service's manager does not learn the ticket exists.
    expect((await t.call('PATCH', `/api/tickets/${first.id}`, { token: manager.token, body: { version: withThread.version, priority: 'p1' } })).status).toBe(403);
    const elsewhere = await t.signIn('manager2@navdesk.test');
    expect((await get(`/api/tickets/${first.id}`, elsewhere.accessToken)).status).toBe(404);
  });

  it('lets a navigator, but not a manager, find a ticket by an identifier in its text', async () => {
    const found = (await get(`/api/tickets?q=${NHS}&limit=200`, nav.token)).body.items.map((i: { id: string }) => i.id);
    expect(found).toContain(first.id);
    for (const q of [NHS, encodeURIComponent(EMAIL), encodeURIComponent(PHONE), encodeURIComponent(patientRef)]) {
      const res = await get(`/api/tickets?q=${q}&limit=200`, manager.token);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    }
  });

  it('gives the incident grouped from these tickets a masked title, for everyone, and keeps it masked on edits', async () => {
    const incidentId = (await get(`/api/tickets/${first.id}`, nav.token)).body.incidentId as string;
    expect((await get(`/api/tickets/${second.id}`, nav.token)).body.incidentId).toBe(incidentId);
    for (const token of [nav.token, manager.token]) {
      const incident = (await get(`/api/incidents/${incidentId}`, token)).body;
      expect(incident.title).toBe(`Breathing exercise audio stops halfway for [patient ref], call [phone number]`);
      expect(incident.tickets).toHaveLength(2);
      const listed = (await get('/api/incidents?limit=200', token)).body.items;
      expect(identifiersIn(listed)).toEqual([]);
    }
    expect(identifiersIn((await get(`/api/incidents/${incidentId}`, manager.token)).body)).toEqual([]);
    // The second ticket's timeline quotes the incident by its masked title.
    const joined = (await get(`/api/tickets/${second.id}`, nav.token)).body.timeline.find((e: TimelineLine) => e.type === 'incident_linked');
    expect(joined.body).toContain('[phone number]');

    const version = (await get(`/api/incidents/${incidentId}`, nav.token)).body.version;
    const edited = await t.call('PATCH', `/api/incidents/${incidentId}`, { token: nav.token, body: { version, title: `Breathing audio stops, ask ${EMAIL}` } });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('Breathing audio stops, ask [e-mail address]');
    expect((await get(`/api/incidents/${incidentId}`, manager.token)).body.title).toBe('Breathing audio stops, ask [e-mail address]');
  });

  it('keeps identifiers out of the incidents report and its CSV export, downloaded through the link', async () => {
    const report = await get('/api/reports/incidents?limit=50', manager.token);
    expect(report.status).toBe(200);
    expect(report.body.incidents.map((i: { title: string }) => i.title)).toContain('Breathing audio stops, ask [e-mail address]');
    expect(identifiersIn(report.body)).toEqual([]);

    const created = await t.call('POST', '/api/reports/exports', { token: manager.token, body: { report: 'incidents', format: 'csv', params: { limit: '50' } } });
    expect(created.status).toBe(202);
    const done = await waitFor('the export', async () => (await get(`/api/reports/exports/${created.body.id}`, manager.token)).body, (s) => s.status === 'done', 20_000);
    const file = await t.call('GET', done.downloadUrl);
    expect(file.status).toBe(200);
    const csv = file.body as string;
    expect(csv).toContain('Breathing audio stops, ask [e-mail address]');
    expect(findIdentifiers(csv)).toEqual([]);
  });

  it('audits a navigator’s reads of text holding identifiers, and not a manager’s masked reads', async () => {
    const before: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ticket.read' AND entity_id = $1 AND actor_id = $2`, [second.id, nav.id]);
    expect((await get(`/api/tickets/${second.id}`, nav.token)).status).toBe(200);
    const rows: { detail: Record<string, unknown> }[] = await t.db.query(`SELECT detail FROM audit_log WHERE action = 'ticket.read' AND entity_id = $1 AND actor_id = $2`, [second.id, nav.id]);
    expect(rows).toHaveLength((before[0]?.n ?? 0) + 1);
    expect(rows.at(-1)?.detail).toMatchObject({ unmaskedText: true });

    await get('/api/tickets?q=Breathing&limit=200', nav.token);
    const listReads: { detail: { unmaskedText?: string } }[] = await t.db.query(`SELECT detail FROM audit_log WHERE action = 'tickets.list.read' AND actor_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [nav.id]);
    expect(listReads[0]?.detail.unmaskedText?.split(',').sort()).toEqual([first.reference, second.reference].sort());

    const incidentId = (await get(`/api/tickets/${second.id}`, nav.token)).body.incidentId as string;
    await get(`/api/incidents/${incidentId}`, nav.token);
    const incidentReads: { detail: { unmaskedText?: string } }[] = await t.db.query(`SELECT detail FROM audit_log WHERE action = 'incident.tickets.read' AND entity_id = $1 AND actor_id = $2`, [incidentId, nav.id]);
    expect(incidentReads.at(-1)?.detail.unmaskedText?.split(',').sort()).toEqual([first.reference, second.reference].sort());

    await get(`/api/tickets/${second.id}`, manager.token);
    await get('/api/tickets?q=Breathing&limit=200', manager.token);
    await get(`/api/incidents/${incidentId}`, manager.token);
    const managerReads: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('ticket.read', 'tickets.list.read', 'incident.tickets.read') AND actor_id = $1`, [manager.id]);
    expect(managerReads[0]?.n).toBe(0);
  });

  it('masks rows stored before the masked columns existed when the migration runs', async () => {
    await waitForDrained(t.db);
    const owner = new DataSource({ type: 'postgres', url: t.env.migrationUrl });
    await owner.initialize();
    const runner = owner.createQueryRunner();
    try {
      // Back to before the masked columns and up again in one transaction, over rows that hold
      // identifiers: what an upgrade does. Later migrations (views over the masked columns) go down first.
      await runner.startTransaction();
      const at = ALL_MIGRATIONS.findIndex((m) => m.name === 'MaskedFreeText1796217887342');
      if (at < 0) throw new Error('MaskedFreeText migration is not in ALL_MIGRATIONS');
      const replayed = ALL_MIGRATIONS.slice(at).map((Migration) => new Migration());
      for (const migration of [...replayed].reverse()) await migration.down(runner);
      for (const migration of replayed) await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
      await owner.destroy();
    }
    const tickets: { title: string; title_masked: string; description_masked: string }[] = await t.db.query(`SELECT title, title_masked, description_masked FROM tickets WHERE id = $1`, [second.id]);
    expect(tickets[0]?.title_masked).toBe('Breathing exercise audio stops halfway, NHS [NHS number]');
    expect(identifiersIn(tickets[0]?.description_masked)).toEqual([]);
    const notes: { body_masked: string }[] = await t.db.query(`SELECT body_masked FROM ticket_events WHERE ticket_id = $1 AND type = 'internal_note'`, [second.id]);
    expect(notes[0]?.body_masked).toBe('Checked NHS [NHS number], born [date of birth], against the register');
    const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM incidents WHERE title_masked IS NULL`);
    expect(n).toBe(0);
    // And the api reads them as before.
    expect((await get(`/api/tickets/${second.id}`, manager.token)).body.title).toBe('Breathing exercise audio stops halfway, NHS [NHS number]');
  });
});
