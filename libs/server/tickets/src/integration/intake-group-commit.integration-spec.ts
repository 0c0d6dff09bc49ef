import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startApiTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { IntakeBatchesService } from '../lib/intake/intake-batches.service';

/** One batch is at most this many tickets here, so a batch of exactly this many is one transaction by construction. */
const BATCH = 50;

type Answer = Awaited<ReturnType<ApiTestApp['call']>>;

describe('ticket intake by group commit, on real Postgres', () => {
  let t: ApiTestApp;
  /** A superuser in the test database: takes the locks that hold batches still, reads pg_stat_activity, kills a backend. */
  let admin: Client;
  let batches: IntakeBatchesService;
  let pwp: { token: string; id: string; serviceId: string };

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'groupcommit', seedDemo: true, env: { INTAKE_BATCH_MAX: String(BATCH), INTAKE_BATCH_WAIT_MS: '1000' } });
    admin = await superuser();
    batches = t.app.get(IntakeBatchesService);
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, id: p.user.id, serviceId: p.user.serviceIds[0] as string };
  });

  afterAll(async () => {
    await admin?.end();
    await t?.close();
  });

  async function superuser(): Promise<Client> {
    const url = new URL(t.env.databaseUrl);
    url.username = 'postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    return client;
  }

  const raise = (body: Record<string, unknown>, key?: string): Promise<Answer> =>
    t.call('POST', '/api/tickets', { token: pwp.token, body: { kind: 'tech_support', serviceId: pwp.serviceId, description: 'The reset e-mail never arrives', ...body }, headers: key ? { 'idempotency-key': key } : {} });

  /** Backends of the app waiting on a lock in a statement that contains `statement`. */
  async function stuckIn(statement: string): Promise<number[]> {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND position($1 in query) > 0 AND pid <> pg_backend_pid()`,
      [statement],
    );
    return rows.map((r) => r.pid);
  }

  /**
   * Both commit slots taken by one-ticket batches (with a knowledge-base draft) stuck on a lock of
   * kb_article_views, which other tickets never touch: the next batch then gathers until it is full,
   * whatever the timing, and commits when `release` lets the two through.
   */
  async function holdCommitSlots(): Promise<{ plugs: Promise<Answer>[]; release(): Promise<void> }> {
    const lock = await superuser();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE kb_article_views IN EXCLUSIVE MODE');
    const plugs: Promise<Answer>[] = [];
    for (const n of [1, 2]) {
      plugs.push(raise({ title: `Slot holder ${n}`, draftId: randomUUID() }));
      await waitFor(`slot holder ${n} stuck on the lock`, () => stuckIn('UPDATE kb_article_views'), (pids) => pids.length === n);
    }
    return {
      plugs,
      async release() {
        await lock.query('COMMIT');
        await lock.end();
      },
    };
  }

  /** Fires the POSTs and waits until every one of them has joined the (one, full) batch. */
  async function gatherOneBatch(fire: () => Promise<Answer>[]): Promise<Promise<Answer>[]> {
    const answers = fire();
    expect(answers).toHaveLength(BATCH);
    await waitFor('the POSTs to gather into one batch', async () => batches.waiting, (n) => n === BATCH);
    return answers;
  }

  /** Per ticket: its transactions, and its created line, triage job and audit row. */
  async function rowsOf(ids: string[]): Promise<{ id: string; xmin: string; created: number; triage: number; audit: number; requestIds: (string | null)[] }[]> {
    const { rows } = await admin.query(
      `SELECT t.id::text, t.xmin::text,
              (SELECT count(*)::int FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'created' AND e.xmin = t.xmin) AS created,
              (SELECT count(*)::int FROM outbox_messages o WHERE o.payload->>'ticketId' = t.id::text AND o.job_name = 'triage' AND o.xmin = t.xmin) AS triage,
              (SELECT count(*)::int FROM audit_log a WHERE a.entity_type = 'ticket' AND a.entity_id = t.id::text AND a.action = 'ticket.create' AND a.xmin = t.xmin) AS audit,
              (SELECT array_agg(a.request_id) FROM audit_log a WHERE a.entity_type = 'ticket' AND a.entity_id = t.id::text) AS "requestIds"
         FROM tickets t WHERE t.id = ANY($1::uuid[]) ORDER BY t.id`,
      [ids],
    );
    return rows;
  }

  it('writes 50 concurrent POSTs in one transaction; a key sent several times gives one ticket, answered to every sender', async () => {
    const keys = ['batch-key-0001', 'batch-key-0002', 'batch-key-0003', 'batch-key-0004', 'batch-key-0005'];
    const slots = await holdCommitSlots();
    const answers = await gatherOneBatch(() => Array.from({ length: BATCH }, (_, i) => raise({ title: `Batched ticket ${i}` }, i < 15 ? keys[i % keys.length] : undefined)));
    await slots.release();
    const res = await Promise.all(answers);
    expect(res.map((r) => r.status)).toEqual(Array(BATCH).fill(201));
    expect((await Promise.all(slots.plugs)).map((r) => r.status)).toEqual([201, 201]);

    for (const key of keys) {
      const sent = res.filter((_, i) => i < 15 && keys[i % keys.length] === key);
      expect(sent).toHaveLength(3);
      expect(new Set(sent.map((r) => r.body.id)).size).toBe(1);
      expect(new Set(sent.map((r) => r.body.reference)).size).toBe(1);
      expect(sent.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM tickets WHERE reporter_id = $1 AND idempotency_key = $2`, [pwp.id, key]);
      expect(rows).toEqual([{ n: 1 }]);
    }

    const ids = [...new Set(res.map((r) => r.body.id as string))];
    expect(ids).toHaveLength(BATCH - 10);
    const stored = await rowsOf(ids);
    expect(stored).toHaveLength(ids.length);
    // One transaction wrote them all, each with exactly one created line, triage job and audit row of its own.
    expect(new Set(stored.map((r) => r.xmin)).size).toBe(1);
    for (const row of stored) expect(row).toMatchObject({ created: 1, triage: 1, audit: 1 });
    // Each audit row carries the id of the request that created its ticket, not the batch's first.
    const requestOf = new Map(res.filter((r) => r.headers.get('idempotent-replayed') === null).map((r) => [r.body.id as string, r.headers.get('x-request-id')]));
    for (const row of stored) expect(row.requestIds).toEqual([requestOf.get(row.id)]);
    expect(new Set(requestOf.values()).size).toBe(ids.length);
    // As before batching: status new, the full view, and the answer matches what a read gives.
    const first = res[20] as Answer;
    expect(first.body).toMatchObject({ status: 'new', reference: expect.stringMatching(/^ND-\d{6}$/), breached: false, riskNotice: null, version: 1 });
  });

  it('answers a ticket naming a patient outside the PWP’s caseload with its own 400; the rest of its batch is stored', async () => {
    const { rows: own } = await admin.query(`SELECT ref FROM patients WHERE pwp_id = $1 LIMIT 1`, [pwp.id]);
    const { rows: others } = await admin.query(`SELECT ref FROM patients WHERE pwp_id <> $1 AND service_id = $2 LIMIT 1`, [pwp.id, pwp.serviceId]);
    // Two of the batch were raised after reading a knowledge-base article: their views are linked to their tickets.
    const { rows: articles } = await admin.query(`SELECT id::text FROM kb_articles LIMIT 1`);
    const drafts = new Map([3, 4].map((i) => [i, randomUUID()]));
    for (const draftId of drafts.values()) expect((await t.call('POST', `/api/kb/articles/${articles[0].id}/opened`, { token: pwp.token, body: { draftId } })).status).toBe(204);
    const BAD = 7;
    const slots = await holdCommitSlots();
    const answers = await gatherOneBatch(() =>
      Array.from({ length: BATCH }, (_, i) =>
        raise({
          title: i === BAD ? 'Not my patient' : `Mixed batch ${i}`,
          ...(i === BAD ? { patientRef: others[0].ref } : i % 10 === 0 ? { patientRef: own[0].ref } : {}),
          ...(drafts.has(i) ? { draftId: drafts.get(i) } : {}),
        }),
      ),
    );
    await slots.release();
    const res = await Promise.all(answers);
    expect(res[BAD]?.status).toBe(400);
    expect(res[BAD]?.body.details).toEqual([{ field: 'patientRef', message: 'patientRef is not a patient in your caseload for this service' }]);
    const good = res.filter((_, i) => i !== BAD);
    expect(good.map((r) => r.status)).toEqual(Array(BATCH - 1).fill(201));
    expect(good.filter((r) => r.body.patientRef === own[0].ref)).toHaveLength(5);
    const stored = await rowsOf(good.map((r) => r.body.id));
    expect(stored).toHaveLength(BATCH - 1);
    expect(new Set(stored.map((r) => r.xmin)).size).toBe(1);
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM tickets WHERE title = 'Not my patient'`);
    expect(rows).toEqual([{ n: 0 }]);
    for (const [i, draftId] of drafts) {
      const { rows: views } = await admin.query(`SELECT ticket_id::text AS "ticketId" FROM kb_article_views WHERE draft_id = $1`, [draftId]);
      expect(views).toEqual([{ ticketId: res[i]?.body.id }]);
    }
  });

  it('commits 50 concurrent POSTs in far fewer than 50 transactions without any help', async () => {
    const res = await Promise.all(Array.from({ length: BATCH }, (_, i) => raise({ title: `Concurrent ticket ${i}` })));
    expect(res.map((r) => r.status)).toEqual(Array(BATCH).fill(201));
    const stored = await rowsOf(res.map((r) => r.body.id));
    const transactions = new Set(stored.map((r) => r.xmin)).size;
    expect(transactions).toBeLessThanOrEqual(10);
    for (const row of stored) expect(row).toMatchObject({ created: 1, triage: 1, audit: 1 });
  });

  it('loses nothing answered 201, and half-writes nothing, when a batch’s database connection is killed mid-batch', async () => {
    const slots = await holdCommitSlots();
    const answers = await gatherOneBatch(() => Array.from({ length: BATCH }, (_, i) => raise({ title: `Killed batch ${i}` })));
    // Queued behind the slot holders (they have written their outbox rows), so the batch of 50, which
    // starts when they commit, stops at its outbox INSERT with its tickets and timeline lines written.
    const outboxLock = await superuser();
    await outboxLock.query('BEGIN');
    const locked = outboxLock.query('LOCK TABLE outbox_messages IN EXCLUSIVE MODE');
    await waitFor('the outbox lock to queue', () => stuckIn('LOCK TABLE outbox_messages'), (pids) => pids.length === 1);
    await slots.release();
    await locked;
    const [victim] = await waitFor('the batch stuck writing its outbox rows', () => stuckIn('INSERT INTO outbox_messages'), (pids) => pids.length === 1);
    const { rows: killed } = await admin.query(`SELECT pg_terminate_backend($1) AS killed`, [victim]);
    expect(killed).toEqual([{ killed: true }]);
    await outboxLock.query('COMMIT');
    await outboxLock.end();

    const res = await Promise.all(answers);
    expect((await Promise.all(slots.plugs)).map((r) => r.status)).toEqual([201, 201]);
    const answered = res.filter((r) => r.status === 201).map((r) => r.body.id as string);
    // The batch's transaction died with it; its tickets were then committed one by one.
    expect(answered).toHaveLength(BATCH);
    const { rows } = await admin.query(`SELECT id::text FROM tickets WHERE title LIKE 'Killed batch %' ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual([...answered].sort());
    const stored = await rowsOf(answered);
    for (const row of stored) expect(row).toMatchObject({ created: 1, triage: 1, audit: 1 });
    expect(new Set(stored.map((r) => r.xmin)).size).toBe(BATCH);
    // Nothing of the killed transaction is left: no line, job or audit row without its ticket.
    const { rows: orphans } = await admin.query(
      `SELECT (SELECT count(*)::int FROM ticket_events e WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = e.ticket_id)) AS events,
              (SELECT count(*)::int FROM outbox_messages o WHERE o.payload ? 'ticketId' AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id::text = o.payload->>'ticketId')) AS jobs,
              (SELECT count(*)::int FROM audit_log a WHERE a.entity_type = 'ticket' AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id::text = a.entity_id)) AS audit`,
    );
    expect(orphans).toEqual([{ events: 0, jobs: 0, audit: 0 }]);
  });
});
