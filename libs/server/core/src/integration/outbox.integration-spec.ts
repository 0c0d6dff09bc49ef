import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { createTestEnv, loadConfig, OutboxRelay, runMigrations, TcpProxy, type TestEnv } from '@navdesk/server/core';
import { ALL_ENTITIES, ALL_MIGRATIONS } from '@navdesk/server/database';
import { MAIL_QUEUE, MailProducer, MailApiModule } from '@navdesk/server/mail';
import { WorkerModule } from '@navdesk/server/runtime';
import { waitFor, waitForDrained } from '@navdesk/server/runtime/testing';

describe('transactional outbox: nothing is lost while Redis is down, and it runs once', () => {
  let env: TestEnv;
  let proxy: TcpProxy;
  let worker: INestApplicationContext;
  let db: DataSource;

  beforeAll(async () => {
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: 6379 });
    env = await createTestEnv('outbox', { REDIS_URL: proxy.url });
    // As the api's migration step does: the owner role migrates, the worker runs as the runtime role.
    await runMigrations(loadConfig(process.env), ALL_ENTITIES, ALL_MIGRATIONS);
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule, MailApiModule] }).compile();
    await moduleRef.init();
    worker = moduleRef;
    db = worker.get(DataSource);
  });

  afterAll(async () => {
    await proxy.resume();
    await worker.close();
    await proxy.stop();
    await env.cleanup();
  });

  const emails = async (userId: string): Promise<number> => {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbound_emails e JOIN users u ON u.email = e.recipient WHERE u.id = $1`, [userId]);
    return n;
  };

  it('commits the write with Redis unreachable, then runs the job exactly once when Redis is back', async () => {
    await proxy.stop();

    // The business change and its job, in one transaction, while Redis is down.
    const producer = worker.get(MailProducer);
    const { userId, outboxId } = await db.transaction(async (manager) => {
      const user = await manager.save(manager.create(UserEntity, { email: 'outbox@navdesk.test', name: 'Outbox Test', role: 'pwp', passwordHash: 'x', active: true, services: [] }));
      const id = await producer.welcomeUser(manager, { userId: user.id });
      return { userId: user.id, outboxId: id };
    });
    expect(await db.query(`SELECT 1 AS ok FROM users WHERE id = $1`, [userId])).toEqual([{ ok: 1 }]);

    // The relay tries, fails, and keeps the row pending with the reason.
    const pending = await waitFor('a failed relay attempt', () => db.query(`SELECT dispatched_at, dispatch_attempts, last_error FROM outbox_messages WHERE id = $1`, [outboxId]), (rows) => rows[0]?.dispatch_attempts > 0, 15_000);
    expect(pending[0].dispatched_at).toBeNull();
    expect(pending[0].last_error).toBeTruthy();
    expect(await emails(userId)).toBe(0);

    // Redis returns: the relay and the worker reconnect by themselves and the job runs.
    await proxy.resume();
    await waitFor('the welcome e-mail', () => emails(userId), (n) => n === 1, 30_000);
    // An add that timed out while Redis was down may land when it returns; the job id (the row id)
    // makes the relay's next add of the same row a no-op, and the row is then marked dispatched.
    await waitFor('the row marked dispatched', () => db.query(`SELECT dispatched_at FROM outbox_messages WHERE id = $1`, [outboxId]), (rows) => rows[0]?.dispatched_at !== null);

    // Exactly once: relaying again sends nothing, and a duplicate add with the same job id is ignored.
    expect((await worker.get(OutboxRelay).relayOnce()).sent).toBe(0);
    const queue = worker.get<Queue>(getQueueToken(MAIL_QUEUE));
    const again = await queue.add('welcome-user', { userId }, { jobId: outboxId });
    expect(again.id).toBe(outboxId);
    await waitForDrained(db);
    expect(await emails(userId)).toBe(1);
  }, 90_000);

  it('relays by claim: relays at once send each row once, a live claim is skipped and a lapsed one taken over', async () => {
    const relay = worker.get(OutboxRelay);
    // 150 people, each with a welcome e-mail job waiting in the outbox (more than one relay batch).
    const users: { id: string }[] = await db.query(
      `INSERT INTO users (email, name, role, password_hash, active) SELECT 'claims' || i || '@navdesk.test', 'Claims ' || i, 'pwp', 'x', true FROM generate_series(1, 150) i RETURNING id`,
    );
    // One row claimed by another relay that is still at work (its claim runs for an hour): nobody else takes it.
    const [held] = users.splice(0, 1);
    const [{ id: heldRow }] = await db.query(
      `INSERT INTO outbox_messages (queue, job_name, payload, claimed_until) VALUES ($1, 'welcome-user', $2, now() + interval '1 hour') RETURNING id`,
      [MAIL_QUEUE, JSON.stringify({ userId: held?.id })],
    );
    await db.query(`INSERT INTO outbox_messages (queue, job_name, payload) SELECT $1, 'welcome-user', jsonb_build_object('userId', u) FROM unnest($2::uuid[]) u`, [MAIL_QUEUE, users.map((u) => u.id)]);

    // Three relays at once (these two and the worker's own): every row goes once.
    const results = await Promise.all([relay.relayOnce(), relay.relayOnce()]);
    expect(results.every((r) => r.error === null)).toBe(true);
    await waitFor('the unclaimed rows dispatched', () => db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE dispatched_at IS NULL`), (rows) => rows[0].n === 1);
    const attempts: { attempts: number; n: number }[] = await db.query(
      `SELECT dispatch_attempts AS attempts, count(*)::int AS n FROM outbox_messages WHERE payload->>'userId' = ANY($1::text[]) GROUP BY 1`,
      [users.map((u) => u.id)],
    );
    expect(attempts).toEqual([{ attempts: 1, n: 149 }]);
    const [untouched] = await db.query(`SELECT dispatched_at, dispatch_attempts FROM outbox_messages WHERE id = $1`, [heldRow]);
    expect(untouched).toEqual({ dispatched_at: null, dispatch_attempts: 0 });

    // That relay crashed: its claim lapses, and the row is relayed after all.
    await db.query(`UPDATE outbox_messages SET claimed_until = now() - interval '1 second' WHERE id = $1`, [heldRow]);
    await relay.relayOnce();
    await waitForDrained(db);
    const mails: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM outbound_emails e JOIN users u ON u.email = e.recipient WHERE u.email LIKE 'claims%@navdesk.test' GROUP BY u.id`,
    );
    expect(mails).toHaveLength(150);
    expect(mails.every((m) => m.n === 1)).toBe(true);
  }, 90_000);
});
