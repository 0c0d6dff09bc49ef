import type { INestApplicationContext } from '@nestjs/common';
import fc from 'fast-check';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { downloadToken, TicketRollupService, WeeklyDigestService } from '@navdesk/server/reports';
import { startApiTestApp, startWorkerTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';

const THEMES = ['time', 'functionality', 'flexibility', 'confidence'] as const;
const CATEGORIES = ['login_access', 'notifications', 'app_crash', 'module_content', 'data_sync', 'accessibility', 'other'] as const;
const FIXABILITY = ['unknown', 'fixable', 'not_fixable'] as const;
const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
const DAY = 86_400_000;

/** Reports: rollups against raw rows, suppression, access, exports and the Monday digest. */
describe('reports', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let rollups: TicketRollupService;
  let manager: string;
  let navigator: string;
  let pwp: string;
  let navigatorOf6: string;
  let services: { id: string; code: string }[];
  let reporterId: string;
  let seq = 0;

  const get = (path: string, token = manager) => t.call('GET', path, { token });
  /** The trends report straight from the tickets table: what the rollups must always equal. */
  const rawTrends = (serviceId: string, from: string, to: string, interval: string, groupBy: string) =>
    t.db.query(
      `SELECT date_trunc($4, (created_at AT TIME ZONE 'Europe/London')::date)::date::text AS start, coalesce(${groupBy === 'theme' ? 'theme' : 'category'}::text, 'none') AS key, count(*)::int AS n,
              count(*) FILTER (WHERE fixability = 'fixable')::int AS fixable, count(*) FILTER (WHERE fixability = 'not_fixable')::int AS not_fixable
         FROM tickets WHERE service_id = $1 AND created_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND created_at < ($3::date::timestamp AT TIME ZONE 'Europe/London') GROUP BY 1, 2`,
      [serviceId, from, to, interval],
    ) as Promise<{ start: string; key: string; n: number; fixable: number; not_fixable: number }[]>;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'reports', seedDemo: true, env: { REPORTS_REFRESH_EVERY_MS: '3600000', REPORT_EXPORT_TTL_MINUTES: '5' } });
    worker = await startWorkerTestApp();
    rollups = worker.get(TicketRollupService, { strict: false });
    manager = (await t.signIn('manager1@navdesk.test')).accessToken;
    navigator = (await t.signIn('nav1@navdesk.test')).accessToken;
    pwp = (await t.signIn('pwp01@navdesk.test')).accessToken;
    navigatorOf6 = (await t.signIn('nav3@navdesk.test')).accessToken;
    services = await t.db.query(`SELECT id, code FROM services ORDER BY code`);
    [{ id: reporterId }] = await t.db.query(`SELECT id FROM users WHERE email = 'pwp01@navdesk.test'`);
    await rollups.refresh();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('keeps the rollups equal to a recomputation from raw tickets, through inserts and changes (property)', async () => {
    const service = services[5]?.id as string; // S6: no demo manager reads it here, and its tickets are ours to vary
    const ticket = fc.record({
      daysAgo: fc.integer({ min: 0, max: 120 }),
      minute: fc.integer({ min: 0, max: 1439 }),
      theme: fc.option(fc.constantFrom(...THEMES), { nil: null }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      fixability: fc.constantFrom(...FIXABILITY),
      priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: null }),
      responseMinutes: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
      resolutionMinutes: fc.option(fc.integer({ min: 1, max: 20000 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(ticket, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), fc.constantFrom('day', 'week', 'month'), fc.constantFrom('theme', 'category'), async (tickets, changes, interval, groupBy) => {
        const ids: string[] = [];
        for (const x of tickets) {
          const created = new Date(Date.now() - x.daysAgo * DAY - x.minute * 60_000);
          const [{ id }] = await t.db.query(
            `INSERT INTO tickets (reference, service_id, reporter_id, kind, status, title, title_masked, description, description_masked, theme, category, fixability, priority, created_at, updated_at, first_response_at, resolved_at, sla_due_at)
             VALUES ($1, $2, $3, 'tech_support', $4, 'Generated', 'Generated', 'Generated for the property test', 'Generated for the property test', $5, $6, $7, $8, $9, now(), $10, $11, $9::timestamptz + interval '1 day') RETURNING id`,
            [`PT-${++seq}`, service, reporterId, x.resolutionMinutes ? 'resolved' : 'triaged', x.theme, x.category, x.fixability, x.priority, created, x.responseMinutes ? new Date(created.getTime() + x.responseMinutes * 60_000) : null, x.resolutionMinutes ? new Date(created.getTime() + x.resolutionMinutes * 60_000) : null],
          );
          ids.push(id);
        }
        await rollups.refresh();
        // Triage and navigators change tickets after they were counted: the next refresh must follow.
        for (const c of changes) {
          await t.db.query(`UPDATE tickets SET theme = $2, fixability = $3, updated_at = now() WHERE id = $1`, [ids[c % ids.length], THEMES[c % 4], FIXABILITY[c % 3]]);
        }
        await rollups.refresh();
        const from = new Date(Date.now() - 125 * DAY).toISOString().slice(0, 10);
        const to = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
        const report = (await get(`/api/reports/usability-trends?from=${from}&to=${to}&interval=${interval}&groupBy=${groupBy}&serviceId=${service}`, navigatorOf6)).body;
        const raw = await rawTrends(service, from, to, interval, groupBy);
        for (const bucket of report.buckets as { start: string; counts: Record<string, number>; fixable: number; notFixable: number; total: number }[]) {
          const rows = raw.filter((r) => r.start === bucket.start);
          expect(bucket.total).toBe(rows.reduce((n, r) => n + r.n, 0));
          expect(bucket.fixable).toBe(rows.reduce((n, r) => n + r.fixable, 0));
          expect(bucket.notFixable).toBe(rows.reduce((n, r) => n + r.not_fixable, 0));
          for (const r of rows) expect(bucket.counts[r.key === 'none' ? 'untriaged' : r.key]).toBe(r.n);
        }
        // And the reconciliation, recomputing everything from raw rows, finds nothing to correct.
        expect((await rollups.reconcile()).drifted).toBe(0);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('reports drift when a rollup was changed behind its back, and corrects it', async () => {
    await t.db.query(`UPDATE report_ticket_daily SET tickets = tickets + 7, fixable = fixable + 7 WHERE ctid = (SELECT ctid FROM report_ticket_daily LIMIT 1)`);
    const r = await rollups.reconcile();
    expect(r.drifted).toBe(1);
    const [row] = await t.db.query(`SELECT drifted, detail FROM report_reconciliations ORDER BY ran_at DESC LIMIT 1`);
    expect(row.drifted).toBe(1);
    expect(row.detail[0].table).toBe('report_ticket_daily');
    expect((await rollups.reconcile()).drifted).toBe(0);
  });

  it('matches the demo tickets counted by hand, and gives operations by priority', async () => {
    const s1 = services[0]?.id as string;
    const from = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const trends = (await get(`/api/reports/usability-trends?from=${from}&to=${to}&interval=month&groupBy=theme&serviceId=${s1}`)).body;
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM tickets WHERE service_id = $1 AND created_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND created_at < ($3::date::timestamp AT TIME ZONE 'Europe/London')`, [s1, from, to]);
    expect(trends.buckets.reduce((sum: number, b: { total: number }) => sum + b.total, 0)).toBe(n);
    expect(Object.keys(trends.buckets[0].counts)).toEqual(expect.arrayContaining(['time', 'functionality', 'flexibility', 'confidence']));

    const ops = (await get(`/api/reports/operations?from=${from}&to=${to}&serviceId=${s1}`)).body;
    const [svc] = ops.services;
    const [hand] = await t.db.query(
      `SELECT count(*) FILTER (WHERE resolved_at IS NOT NULL)::int AS resolved, count(*) FILTER (WHERE resolved_at <= sla_due_at)::int AS met,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(extract(epoch FROM resolved_at - created_at) / 60)) FILTER (WHERE resolved_at IS NOT NULL AND priority = 'p3') AS p3_median
         FROM tickets WHERE service_id = $1 AND created_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND created_at < ($3::date::timestamp AT TIME ZONE 'Europe/London')`,
      [s1, from, to],
    );
    expect(svc.resolved).toBe(hand.resolved);
    expect(svc.slaMetPercent).toBeCloseTo((hand.met / hand.resolved) * 100, 0);
    expect(svc.byPriority.find((p: { priority: string }) => p.priority === 'p3').medianResolutionMinutes).toBe(hand.p3_median);
    const incidents = (await get(`/api/reports/incidents?serviceId=${s1}`)).body;
    expect(incidents.incidents.length).toBeGreaterThan(0);
    expect(JSON.stringify(incidents)).not.toMatch(/P-[2-9A-HJKMNP-TV-Z]{6}/);
  });

  it('shows counts of 1–4 patients as <5, and hides a second cell so none can be worked out from a total', async () => {
    const s2 = services[1]?.id as string;
    const patients: { id: string }[] = await t.db.query(`SELECT id FROM patients WHERE service_id = $1 ORDER BY ref LIMIT 13`, [s2]);
    // January 2020: nothing else happened then. 3 patients active; flags: 3 no_login, 10 mood_drop.
    for (const [i, p] of patients.slice(0, 3).entries()) {
      await t.db.query(`INSERT INTO engagement_daily (patient_id, day, service_id, logins, modules_started, modules_completed, mood_count, mood_sum, notifications_sent, notifications_dismissed, computed_at) VALUES ($1, $2, $3, 1, 1, 1, 0, 0, 0, 0, now())`, [p.id, `2020-01-0${i + 6}`, s2]);
    }
    for (const [i, p] of patients.entries()) {
      await t.db.query(`INSERT INTO patient_flags (patient_id, service_id, kind, cause, status, detail, raised_at) VALUES ($1, $2, $3, 'disengagement', 'cleared', 'test', $4)`, [p.id, s2, i < 3 ? 'no_login' : 'mood_drop', `2020-01-0${(i % 3) + 6}T10:00:00Z`]);
    }
    const r = (await get(`/api/reports/engagement?from=2020-01-01&to=2020-02-01&serviceId=${s2}`)).body;
    expect(r.activePatients).toBe('<5');
    expect(r.modulesCompleted).toBe('<5');
    const raised = Object.fromEntries(r.flags.map((f: { kind: string; raised: unknown }) => [f.kind, f.raised]));
    expect(raised['no_login']).toBe('<5');
    // 10 alone beside one hidden cell would give the hidden one away from the weekly totals: hidden too.
    expect(raised['mood_drop']).toBe('<5');
    expect(raised['no_mood']).toBe(0);
    expect(JSON.stringify(r)).not.toMatch(/P-[2-9A-HJKMNP-TV-Z]{6}/);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.engagement.read'`);
    expect(n).toBeGreaterThan(0);
  });

  it('lets managers and navigators in, keeps PWPs out (403) and other services hidden (404), and names bad fields (400)', async () => {
    expect((await get('/api/reports/usability-trends', pwp)).status).toBe(403);
    expect((await get('/api/reports/overview', pwp)).status).toBe(403);
    // manager1 has services 1–3; service 4 is not theirs.
    const s4 = services[3]?.id as string;
    for (const path of ['usability-trends', 'operations', 'training', 'engagement', 'tailoring', 'incidents']) {
      expect((await get(`/api/reports/${path}?serviceId=${s4}`)).status).toBe(404);
    }
    expect((await t.call('POST', '/api/reports/exports', { token: manager, body: { report: 'operations', format: 'csv', params: { serviceId: s4 } } })).status).toBe(404);
    expect((await get('/api/reports/usability-trends?interval=year')).body.details[0].field).toBe('interval');
    expect((await get('/api/reports/training?from=2026-02-30')).body.details[0].field).toBe('from');
    expect((await get('/api/reports/training?from=2026-03-01&to=2026-02-01')).body.details[0].field).toBe('to');
    expect((await get('/api/reports/overview', navigator)).status).toBe(200);
    const training = (await get('/api/reports/training?from=2026-01-01&to=2027-01-01')).body;
    expect(training.sessions).toBeGreaterThan(0);
    expect(training.coverage.map((c: { serviceId: string }) => c.serviceId).sort()).toEqual(services.slice(0, 3).map((s) => s.id).sort());
  });

  it('builds a CSV export in the background, with progress, behind a link that expires, and audits it', async () => {
    const from = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10);
    const bad = await t.call('POST', '/api/reports/exports', { token: manager, body: { report: 'usability-trends', format: 'csv', params: { from, interval: 'hourly', colour: 'red' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['params.colour', 'params.interval']);
    const created = await t.call('POST', '/api/reports/exports', { token: manager, body: { report: 'usability-trends', format: 'csv', params: { from, interval: 'day', groupBy: 'category' } } });
    expect(created.status).toBe(202);
    const progress: number[] = [];
    const done = await waitFor('the export', async () => {
      const s = (await get(`/api/reports/exports/${created.body.id}`)).body;
      progress.push(s.progress);
      return s;
    }, (s) => s.status === 'done', 20_000);
    expect(done.rows).toBeGreaterThanOrEqual(365);
    expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] as number))).toBe(true);
    expect((await get(`/api/reports/exports/${created.body.id}`, navigator)).status).toBe(404);

    const file = await t.call('GET', done.downloadUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = file.body as string;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('bucket_start,login_access,notifications,app_crash,module_content,data_sync,accessibility,other,fixable,not_fixable,total');
    expect(lines).toHaveLength(done.rows + 1);
    expect(csv).not.toMatch(/P-[2-9A-HJKMNP-TV-Z]{6}/);
    expect((await t.call('GET', done.downloadUrl.replace(/[^/]+$/, 'forged'))).status).toBe(404);
    // Once the link's time is up it answers 410 (the clock is moved, not waited for).
    const expired = new Date(Date.now() - 60_000);
    await t.db.query(`UPDATE report_exports SET expires_at = $2 WHERE id = $1`, [created.body.id, expired]);
    const late = await t.call('GET', `/api/reports/exports/${created.body.id}/download/${downloadToken(t.app.get<AppConfig>(APP_CONFIG).EXPORT_LINK_SECRET, created.body.id, expired)}`);
    expect(late.status).toBe(410);
    expect((await get(`/api/reports/exports/${created.body.id}`)).body.downloadUrl).toBeUndefined();
    const audit: { action: string; outcome: string }[] = await t.db.query(`SELECT action, outcome FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`, [created.body.id]);
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual(expect.arrayContaining(['report.export.request:success', 'report.export.built:success', 'report.export.download:success', 'report.export.download:denied']));
  });

  it('e-mails each manager the week’s headline figures on Monday, once, with no patient reference', async () => {
    const digest = worker.get(WeeklyDigestService, { strict: false });
    const monday = new Date('2026-11-23T08:00:00Z');
    expect(await digest.send(monday)).toBe(2);
    expect(await digest.send(monday)).toBe(0);
    const mails: { recipient: string; subject: string; body: string }[] = await t.db.query(`SELECT recipient, subject, body FROM outbound_emails WHERE subject LIKE 'Navdesk weekly digest%' ORDER BY recipient`);
    expect(mails.map((m) => m.recipient)).toEqual(['manager1@navdesk.test', 'manager2@navdesk.test']);
    expect(mails[0]?.subject).toBe('Navdesk weekly digest: week of 2026-11-16');
    expect(mails[0]?.body).toContain('Tickets raised:');
    expect(mails[0]?.body).toContain('Patients active online:');
    for (const m of mails) expect(m.body).not.toMatch(/P-[2-9A-HJKMNP-TV-Z]{6}/);
  });
});
