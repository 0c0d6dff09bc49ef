import type { INestApplicationContext } from '@nestjs/common';
import { TcpProxy } from '@navdesk/server/core';
import { startApiTestApp, startWorkerTestApp, waitFor, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';

describe('tickets while Redis is down', () => {
  let proxy: TcpProxy;
  let t: ApiTestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: 6379 });
    t = await startApiTestApp({ label: 'outage', seedDemo: true, env: { REDIS_URL: proxy.url } });
    worker = await startWorkerTestApp();
  });

  afterAll(async () => {
    await proxy.resume();
    await worker.close();
    await t.close();
    await proxy.stop();
  });

  it('keeps and answers a ticket raised during the outage, and triages it once when Redis is back', async () => {
    const pwp = await t.signIn('pwp01@navdesk.test');
    // Let the worker finish its start-up work first: a job cut off mid-run by the outage only comes back
    // when BullMQ's stalled-job check finds it, which is not what this test is about.
    await waitForDrained(t.db);
    await proxy.stop();

    const created = await t.call('POST', '/api/tickets', {
      token: pwp.accessToken,
      headers: { 'idempotency-key': 'outage-key-0001' },
      body: { kind: 'tech_support', serviceId: pwp.user.serviceIds[0], title: 'Patient cannot log in', description: 'Reset email missing' },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('new');
    await new Promise((r) => setTimeout(r, 1_500));
    const during = await t.db.query(`SELECT status FROM tickets WHERE id = $1`, [created.body.id]);
    expect(during).toEqual([{ status: 'new' }]);

    await proxy.resume();
    await waitFor('triage after recovery', () => t.db.query(`SELECT status FROM tickets WHERE id = $1`, [created.body.id]), (rows) => rows[0]?.status === 'triaged', 30_000);
    await waitFor('the outbox row marked dispatched', () => t.db.query(`SELECT dispatched_at FROM outbox_messages WHERE payload->>'ticketId' = $1`, [created.body.id]), (rows) => rows.every((r: { dispatched_at: Date | null }) => r.dispatched_at !== null), 30_000);
    await waitForDrained(t.db);
    const triages = await t.db.query(`SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1 AND type = 'triaged'`, [created.body.id]);
    expect(triages).toEqual([{ n: 1 }]);
    const tickets = await t.db.query(`SELECT count(*)::int AS n FROM tickets WHERE idempotency_key = 'outage-key-0001'`);
    expect(tickets).toEqual([{ n: 1 }]);
  }, 90_000);
});
