import type { INestApplicationContext } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { OPEN_TICKET_STATUSES } from '@navdesk/contracts';
import { startApiTestApp, startWorkerTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { TRIAGE_BATCH } from '../lib/tickets.constants';
import { NAVIGATOR_LOAD_CAP, loadsSql, NavigatorLoads, type NavigatorLoad } from '../lib/triage/navigator-loads';
import { TriageBatchWriter } from '../lib/triage/triage-batch.writer';
import { TriageService } from '../lib/triage/triage.service';

/**
 * Copies of a PWP's ticket as intake leaves it (new, untriaged), written straight to the table so no triage job is queued for them.
 * Title and description are the test's own: triage reads both, and the demo's first ticket for pwp01 varies with the day it is seeded.
 */
const COPY_SQL = `
INSERT INTO tickets (reference, service_id, reporter_id, kind, title, title_masked, description, description_masked, patient_id, severity, risk_flag)
SELECT 'TB-' || $2 || '-' || g, service_id, reporter_id, $3::ticket_kind, $4, $4, $4, $4, patient_id, severity, false
  FROM tickets, generate_series(1, $5::int) AS g
 WHERE id = $1
RETURNING id::text`;

describe('triage by group commit, on real Postgres', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let triage: TriageService;
  let writer: TriageBatchWriter;
  let template: string;
  let serviceId: string;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'triagebatch', seedDemo: true });
    worker = await startWorkerTestApp();
    triage = worker.get(TriageService);
    writer = worker.get(TriageBatchWriter);
    const pwp = await t.signIn('pwp01@navdesk.test');
    serviceId = pwp.user.serviceIds[0] as string;
    const [row] = (await t.db.query(`SELECT id::text FROM tickets WHERE reporter_id = $1 AND patient_id IS NOT NULL ORDER BY created_at LIMIT 1`, [pwp.user.id])) as { id: string }[];
    template = row?.id ?? '';
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await worker?.close();
    await t?.close();
  });

  const copies = async (count: number, kind: 'tech_support' | 'usability_incident' = 'tech_support', title = 'Patient cannot log in'): Promise<string[]> =>
    ((await t.db.query(COPY_SQL, [template, randomUUID().slice(0, 8), kind, title, count])) as { id: string }[]).map((r) => r.id);

  const triagedLines = async (ids: string[]): Promise<Record<string, number>> =>
    Object.fromEntries(
      ((await t.db.query(`SELECT t.id::text, (SELECT count(*)::int FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'triaged') AS n FROM tickets t WHERE t.id = ANY($1::uuid[])`, [ids])) as { id: string; n: number }[]).map((r) => [r.id, r.n]),
    );

  it('lets the first reported of a batch’s similar usability reports start their incident and name it, whatever their ids', async () => {
    const title = `Breathing audio stops halfway ${randomUUID().slice(0, 8)}`;
    const [earlier] = await copies(1, 'usability_incident', `${title}, first report`);
    const [later] = await copies(1, 'usability_incident', `${title}, second report`);
    // The later report gets the smaller id, so an order by id would put it first.
    const small = '00000000-0000-4000-8000-' + randomUUID().slice(-12);
    await t.asOwner(`UPDATE tickets SET id = $2, created_at = created_at + interval '1 second' WHERE id = $1`, [later, small]);
    expect(await Promise.all([triage.triage(earlier as string), triage.triage(small)])).toEqual(['triaged', 'triaged']);
    const rows = (await t.db.query(`SELECT t.id::text, i.title_masked AS incident FROM tickets t JOIN incidents i ON i.id = t.incident_id WHERE t.id = ANY($1::uuid[])`, [[earlier, small]])) as { id: string; incident: string }[];
    expect(rows.map((r) => r.incident)).toEqual([`${title}, first report`, `${title}, first report`]);
  });

  it('triages tickets that arrive together in a few transactions, each exactly once, with what one-by-one triage decides', async () => {
    const write = jest.spyOn(writer, 'write');
    const ids = await copies(40);
    const outcomes = await Promise.all(ids.map((id) => triage.triage(id)));
    expect(outcomes).toEqual(ids.map(() => 'triaged'));
    // One transaction per batch: far fewer than one per ticket, and none over the batch's maximum.
    const batches = write.mock.calls.map(([, batch]) => batch.length);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(40);
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(40 / TRIAGE_BATCH.max) + 2);
    expect(Math.max(...batches)).toBeLessThanOrEqual(TRIAGE_BATCH.max);
    write.mockRestore();

    expect(Object.values(await triagedLines(ids))).toEqual(ids.map(() => 1));
    const rows = (await t.db.query(
      `SELECT t.status, t.category, t.priority, t.sla_due_at IS NOT NULL AS due, t.version, u.role, us.service_id::text AS "navigatorService",
              (SELECT count(*)::int FROM notifications n WHERE n.ticket_id = t.id AND n.user_id = t.assignee_id AND n.type = 'assigned') AS notified,
              (SELECT count(*)::int FROM outbox_messages o JOIN notifications n ON o.payload->'notificationIds' ? n.id::text WHERE n.ticket_id = t.id) AS emails
         FROM tickets t JOIN users u ON u.id = t.assignee_id JOIN user_services us ON us.user_id = u.id AND us.service_id = t.service_id
        WHERE t.id = ANY($1::uuid[])`,
      [ids],
    )) as Record<string, unknown>[];
    expect(rows).toHaveLength(40);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'triaged', category: 'login_access', due: true, version: 2, role: 'navigator', navigatorService: serviceId, notified: 1, emails: 1 });
      expect(['p1', 'p2', 'p3', 'p4']).toContain(row['priority']);
    }
    // The assignment e-mails of a batch go in one job, not one job per ticket.
    const [{ jobs }] = (await t.db.query(
      `SELECT count(DISTINCT o.id)::int AS jobs FROM outbox_messages o JOIN notifications n ON o.payload->'notificationIds' ? n.id::text WHERE n.ticket_id = ANY($1::uuid[])`,
      [ids],
    )) as { jobs: number }[];
    expect(jobs).toBe(batches.length);
  });

  it('triages an id sent twice once, rejects an id that does not exist unrecoverably, and triages the rest of that batch', async () => {
    const [a, b] = await copies(2);
    const missing = randomUUID();
    const settled = await Promise.allSettled([a, a, missing, b].map((id) => triage.triage(id as string)));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : 'rejected')).sort()).toEqual(['already-triaged', 'rejected', 'triaged', 'triaged']);
    const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(UnrecoverableError);
    expect(String(rejected?.reason.message)).toContain(missing);
    expect(await triagedLines([a as string, b as string])).toEqual({ [a as string]: 1, [b as string]: 1 });
  });

  it('triages the tickets of a failed batch one by one, and each exactly once', async () => {
    const write = jest.spyOn(writer, 'write');
    // The batch's transaction fails once (as a deadlock or a lost connection would); the one-by-one retries go through.
    write.mockImplementationOnce(async (manager) => {
      await manager.query(`SELECT 1/0`);
      return [];
    });
    const ids = await copies(5);
    expect(await Promise.all(ids.map((id) => triage.triage(id)))).toEqual(ids.map(() => 'triaged'));
    expect(write.mock.calls.map(([, batch]) => batch.length)).toEqual([5, 1, 1, 1, 1, 1]);
    write.mockRestore();
    expect(Object.values(await triagedLines(ids))).toEqual(ids.map(() => 1));
  });

  it('groups usability reports of one batch into one incident, as if they came one after another', async () => {
    const title = `Module ${randomUUID().slice(0, 6)} video freezes on the third slide`;
    const ids = await copies(6, 'usability_incident', title);
    await Promise.all(ids.map((id) => triage.triage(id)));
    const incidents = (await t.db.query(`SELECT DISTINCT incident_id::text FROM tickets WHERE id = ANY($1::uuid[])`, [ids])) as { incident_id: string | null }[];
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.incident_id).toBeTruthy();
    const lines = (await t.db.query(`SELECT body FROM ticket_events WHERE ticket_id = ANY($1::uuid[]) AND type = 'incident_linked'`, [ids])) as { body: string }[];
    expect(lines.filter((l) => l.body === 'Started a new incident')).toHaveLength(1);
    expect(lines.filter((l) => l.body.startsWith('Joined incident'))).toHaveLength(5);
  });

  it('counts navigators’ open tickets only up to the cap, so a huge backlog costs each batch no more to read', async () => {
    // Every demo navigator joins this service (the demo gives each service one).
    await t.asOwner(
      `INSERT INTO user_services (user_id, service_id) SELECT id, $1 FROM users WHERE role = 'navigator' AND active ON CONFLICT DO NOTHING`,
      [serviceId],
    );
    const navigators = ((await t.db.query(
      `SELECT u.id::text FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = $1 AND u.role = 'navigator' AND u.active ORDER BY u.id`,
      [serviceId],
    )) as { id: string }[]).map((r) => r.id);
    expect(navigators.length).toBeGreaterThanOrEqual(3);
    // Everyone past the cap, the lowest id the busiest: uncapped, the highest id would take every pick.
    for (const [i, id] of navigators.entries()) {
      const ids = await copies(NAVIGATOR_LOAD_CAP + 10 * (navigators.length - i));
      await t.db.query(`UPDATE tickets SET assignee_id = $2, status = 'in_progress', triaged_at = now() WHERE id = ANY($1::uuid[])`, [ids, id]);
    }
    // The same SQL triage's batch statement embeds (triage-batch.writer's LOCK_AND_READ_SQL).
    const rows = (await t.db.query(loadsSql('$1::uuid[]', '$2', '$3'), [[serviceId], OPEN_TICKET_STATUSES, NAVIGATOR_LOAD_CAP])) as NavigatorLoad[];
    expect(rows.every((r) => r.open <= NAVIGATOR_LOAD_CAP)).toBe(true);
    const loads = NavigatorLoads.of(rows);
    expect(navigators.map(() => loads.pick(serviceId))).toEqual(navigators);
  });
});
