import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { OPEN_TICKET_STATUSES, type TicketStatus } from '@navdesk/contracts';
import { loadConfig } from '@navdesk/server/core';
import { METRICS_OFF_MESSAGE, METRICS_TOKEN_REQUIRED_MESSAGE, WorkerHttpServer } from '@navdesk/server/metrics';
import { ALL_QUEUES, ApiModule, configureApi } from '@navdesk/server/runtime';
import { startApiTestApp, startWorkerTestApp, waitFor, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { TICKETS_QUEUE } from '@navdesk/server/tickets';
import { parseSamples, sampleValue } from './prometheus-text';

const TOKEN = 'integration-metrics-token-4f9c2e';
const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';
const HOUR = 3_600_000;

describe('metrics: GET /metrics on the api and the worker, on real Postgres and Redis', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let workerBase: string;
  let pwp: { token: string; id: string; serviceId: string };

  const scrape = (base: string, token: string | null = TOKEN): Promise<Response> => fetch(`${base}/metrics`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
  const scrapeText = async (base: string): Promise<string> => {
    const res = await scrape(base);
    if (res.status !== 200) throw new Error(`GET ${base}/metrics answered ${res.status}`);
    return res.text();
  };

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'metrics', seedDemo: true, env: { METRICS_TOKEN: TOKEN } });
    worker = await startWorkerTestApp();
    workerBase = `http://127.0.0.1:${worker.get(WorkerHttpServer).port}`;
    const login = await t.signIn('pwp01@navdesk.test');
    pwp = { token: login.accessToken, id: login.user.id, serviceId: login.user.serviceIds[0] as string };
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  describe('the bearer token', () => {
    it('refuses a scrape without the token or with a wrong one, on the api and the worker, in the contract’s error shape', async () => {
      for (const base of [t.baseUrl, workerBase]) {
        for (const token of [null, 'not-the-metrics-token-at-all']) {
          const res = await scrape(base, token);
          expect([base, res.status, await res.json()]).toEqual([base, 401, { statusCode: 401, error: 'Unauthorized', message: METRICS_TOKEN_REQUIRED_MESSAGE }]);
        }
      }
    });

    it('refuses everyone, saying metrics need METRICS_TOKEN, on an api started without one', async () => {
      const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
      const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true, forceCloseConnections: true });
      try {
        configureApi(app, { ...loadConfig(process.env), METRICS_TOKEN: undefined });
        await app.init();
        await app.listen(0, '127.0.0.1');
        const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
        for (const token of [TOKEN, null]) {
          const res = await scrape(base, token);
          expect([res.status, await res.json()]).toEqual([401, { statusCode: 401, error: 'Unauthorized', message: METRICS_OFF_MESSAGE }]);
        }
      } finally {
        await app.close();
      }
    });

    it('serves the Prometheus text format to the token, outside /api and not in the OpenAPI document', async () => {
      for (const base of [t.baseUrl, workerBase]) {
        const res = await scrape(base);
        expect([base, res.status, res.headers.get('content-type')]).toEqual([base, 200, PROMETHEUS_TEXT]);
        const text = await res.text();
        expect(sampleValue(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      }
      expect((await t.call('GET', '/api/metrics', { token: pwp.token })).status).toBe(404);
      const doc = await t.call('GET', '/api/docs-json');
      expect(Object.keys(doc.body.paths).filter((p) => p.includes('metrics'))).toEqual([]);
    });
  });

  describe('the api', () => {
    it('labels a request by its route template, never its id', async () => {
      const nav = await t.signIn('nav1@navdesk.test');
      const id = randomUUID();
      expect((await t.call('GET', `/api/tickets/${id}`, { token: nav.accessToken })).status).toBe(404);
      expect((await t.call('GET', `/api/no-such-route/${id}`, { token: nav.accessToken })).status).toBe(404);
      const text = await waitFor(
        'the request to be timed',
        () => scrapeText(t.baseUrl),
        (s) => (sampleValue(s, 'navdesk_http_request_duration_seconds_count', { method: 'GET', route: '/api/tickets/:id', status: '404' }) ?? 0) >= 1,
      );
      expect(sampleValue(text, 'navdesk_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain(id);
      // Every route label is a template or `unmatched`: no raw uuid anywhere.
      const routes = new Set(parseSamples(text).flatMap((s) => (s.labels['route'] ? [s.labels['route']] : [])));
      expect([...routes].filter((r) => /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(r))).toEqual([]);
    });

    it('counts an open live stream, and none once it closes', async () => {
      const connections = async (): Promise<number | undefined> => sampleValue(await scrapeText(t.baseUrl), 'navdesk_live_stream_connections');
      expect(await connections()).toBe(0);
      const controller = new AbortController();
      const stream = await fetch(`${t.baseUrl}/api/events/stream`, { headers: { authorization: `Bearer ${pwp.token}` }, signal: controller.signal });
      expect(stream.status).toBe(200);
      await waitFor('the stream to be counted', connections, (n) => n === 1, 5_000);
      controller.abort();
      await waitFor('the closed stream to be uncounted', connections, (n) => n === 0, 5_000);
    });
  });

  describe('the worker', () => {
    it('answers its health check once the worker is up, and names only /metrics and /health', async () => {
      const health = await fetch(`${workerBase}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      expect((await fetch(`${workerBase}/api/health`)).status).toBe(404);
    });

    it('times the tickets queue’s jobs once a raised ticket has been triaged, with gauges for every registered queue', async () => {
      const raised = await t.call('POST', '/api/tickets', { token: pwp.token, body: { kind: 'tech_support', serviceId: pwp.serviceId, title: 'App will not open', description: 'It closes at once.' } });
      expect(raised.status).toBe(201);
      await waitForDrained(t.db);
      const text = await scrapeText(workerBase);
      expect(sampleValue(text, 'navdesk_queue_job_duration_seconds_count', { queue: TICKETS_QUEUE })).toBeGreaterThanOrEqual(1);
      for (const queue of ALL_QUEUES) {
        for (const state of ['waiting', 'delayed', 'active', 'failed']) expect([queue, state, sampleValue(text, 'navdesk_queue_jobs', { queue, state })]).toEqual([queue, state, expect.any(Number)]);
        expect([queue, sampleValue(text, 'navdesk_queue_oldest_waiting_seconds', { queue })]).toEqual([queue, 0]);
        expect([queue, sampleValue(text, 'navdesk_queue_job_failures_total', { queue })]).toEqual([queue, expect.any(Number)]);
      }
      for (const collector of ['queues', 'outbox', 'schedules', 'sla']) expect([collector, sampleValue(text, 'navdesk_metrics_collector_errors_total', { collector })]).toEqual([collector, 0]);
    });

    it('says how long since a schedule last succeeded, and whether it is late', async () => {
      const [row] = (await t.db.query(`SELECT queue, name, expected_interval_ms::float8 AS interval FROM schedule_runs ORDER BY expected_interval_ms DESC, queue, name LIMIT 1`)) as { queue: string; name: string; interval: number }[];
      if (!row) throw new Error('no schedule registered');
      // Four of its intervals without a success: late (health's rule is three), and no run under way.
      await t.db.query(
        `UPDATE schedule_runs SET last_succeeded_at = now() - make_interval(secs => $3), registered_at = now() - make_interval(secs => $3 + 3600),
                last_started_at = NULL, last_failed_at = NULL WHERE queue = $1 AND name = $2`,
        [row.queue, row.name, (4 * row.interval) / 1000],
      );
      const text = await scrapeText(workerBase);
      const schedule = `${row.queue}/${row.name}`;
      const seconds = sampleValue(text, 'navdesk_schedule_seconds_since_last_run', { schedule }) ?? -1;
      expect(seconds).toBeGreaterThanOrEqual((4 * row.interval) / 1000);
      expect(seconds).toBeLessThan((4 * row.interval) / 1000 + 60);
      expect(sampleValue(text, 'navdesk_schedule_late', { schedule })).toBe(1);
    });

    it('counts each service’s open tickets past their SLA as the rows say', async () => {
      const code = `MTR${Date.now().toString(36).toUpperCase()}`;
      const [{ id: serviceId }] = (await t.asOwner(`INSERT INTO services (code, name) VALUES ($1, 'Metrics test service') RETURNING id`, [code])) as { id: string }[];
      const now = Date.now();
      const rows: { status: TicketStatus; dueIn: number; breached: boolean }[] = [
        { status: 'in_progress', dueIn: -HOUR, breached: false }, // clock running, past due: the sweep has not come yet
        { status: 'waiting_on_reporter', dueIn: -3 * HOUR, breached: true }, // breached, then paused: still breached
        { status: 'waiting_on_reporter', dueIn: -HOUR, breached: false }, // paused before its due time passed
        { status: 'triaged', dueIn: HOUR, breached: false },
        { status: 'resolved', dueIn: -HOUR, breached: true },
        { status: 'new', dueIn: -2 * HOUR, breached: true },
      ];
      for (const [i, r] of rows.entries()) {
        await t.asOwner(
          `INSERT INTO tickets (reference, service_id, reporter_id, kind, status, title, title_masked, description, description_masked, sla_due_at, breached_at)
           VALUES ($1, $2, $3, 'tech_support', $4, 'Metrics', 'Metrics', 'SLA row', 'SLA row', $5, $6)`,
          [`ND-MTR-${code}-${i}`, serviceId, pwp.id, r.status, new Date(now + r.dueIn), r.breached ? new Date(now + r.dueIn) : null],
        );
      }
      const expected = rows.filter((r) => OPEN_TICKET_STATUSES.includes(r.status) && (r.breached || (r.status !== 'waiting_on_reporter' && r.dueIn < 0))).length;
      expect(expected).toBe(3);
      const text = await scrapeText(workerBase);
      expect(sampleValue(text, 'navdesk_tickets_sla_breached', { service: code })).toBe(expected);
      // Every service has its series, 0 included.
      const codes = ((await t.db.query(`SELECT code FROM services`)) as { code: string }[]).map((s) => s.code).sort();
      const labelled = parseSamples(text).flatMap((s) => (s.name === 'navdesk_tickets_sla_breached' ? [s.labels['service'] as string] : []));
      expect(labelled.sort()).toEqual(codes);
    });

    // Last: the row it leaves pending would hold the relay until it is deleted.
    it('reports the outbox rows not yet relayed and the age of the oldest', async () => {
      expect(sampleValue(await scrapeText(workerBase), 'navdesk_outbox_pending')).toBe(0);
      // A row for a queue no worker knows stays pending: the relay cannot place it.
      const [{ id }] = (await t.asOwner(`INSERT INTO outbox_messages (queue, job_name, payload, created_at) VALUES ('metrics-nowhere', 'noop', '{}', now() - interval '90 seconds') RETURNING id`)) as { id: string }[];
      try {
        const text = await scrapeText(workerBase);
        expect(sampleValue(text, 'navdesk_outbox_pending')).toBe(1);
        expect(sampleValue(text, 'navdesk_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(90);
        expect(sampleValue(text, 'navdesk_outbox_oldest_pending_seconds')).toBeLessThan(150);
      } finally {
        await t.asOwner(`DELETE FROM outbox_messages WHERE id = $1`, [id]);
      }
    });
  });
});
