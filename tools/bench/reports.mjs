#!/usr/bin/env node
// npm run bench:reports — the usability-trends report over a year from the rollups (through the api)
// against the same report computed from the raw tickets (the same grouping in SQL over `tickets`), in
// the same run on this machine, with BENCH_TICKETS (default 1 million) tickets and BENCH_EVENTS
// (default 10 million) engagement events stored. The worker builds the rollups from its watermark, as
// in production; the bench also times a year's CSV export. Own database and Redis prefix, removed at the end.
import { benchStack, Client } from './bench-stack.mjs';

const stack = benchStack(3230);
const { base, env } = stack;
env.REPORTS_REFRESH_EVERY_MS = '2000';
const tickets = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const events = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const apiRuns = Number(process.env.BENCH_REPORT_RUNS ?? 200);
const rawRuns = Number(process.env.BENCH_RAW_RUNS ?? 10);
const say = (s) => process.stdout.write(`${s}\n`);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

try {
  await stack.createDatabase();
  stack.start('dist/apps/api/main.js');
  await stack.waitHealthy();
  stack.start('dist/apps/worker/main.js');
  const db = new Client({ connectionString: env.DATABASE_URL });
  db.on('error', () => undefined); // the clean-up drops the database under it
  await db.connect();
  say(`Navdesk reports benchmark — ${tickets.toLocaleString('en-GB')} tickets, ${events.toLocaleString('en-GB')} engagement events, this machine`);

  // A year of tickets across the demo services, in SQL, with the shapes triage gives them.
  const filling = Date.now();
  const services = (await db.query(`SELECT s.id, (SELECT u.id FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = s.id AND u.role = 'pwp' LIMIT 1) AS pwp FROM services s ORDER BY s.code`)).rows;
  for (let done = 0; done < tickets; done += 250_000) {
    const n = Math.min(250_000, tickets - done);
    await db.query(
      `INSERT INTO tickets (reference, service_id, reporter_id, kind, status, title, title_masked, description, description_masked, theme, category, fixability, priority, created_at, updated_at, first_response_at, resolved_at, sla_due_at)
       SELECT 'BT-' || ($3 + g), ($1::uuid[])[1 + g % cardinality($1::uuid[])], ($2::uuid[])[1 + g % cardinality($2::uuid[])],
              (ARRAY['tech_support','usability_incident']::ticket_kind[])[1 + g % 2], CASE WHEN g % 5 = 0 THEN 'triaged' ELSE 'resolved' END::ticket_status,
              'Generated ticket', 'Generated ticket', 'Generated for the reports benchmark', 'Generated for the reports benchmark',
              (ARRAY['time','functionality','flexibility','confidence']::study_theme[])[1 + (g / 3) % 4],
              (ARRAY['login_access','notifications','app_crash','module_content','data_sync','accessibility','other']::ticket_category[])[1 + (g / 7) % 7],
              (ARRAY['unknown','fixable','not_fixable']::fixability[])[1 + (g / 11) % 3],
              (ARRAY['p1','p2','p3','p4']::ticket_priority[])[1 + (g / 13) % 4],
              c, now(), c + ((g % 300) + 5) * interval '1 minute', CASE WHEN g % 5 = 0 THEN NULL ELSE c + ((g % 5000) + 30) * interval '1 minute' END, c + interval '2 days'
         FROM (SELECT g, now() - ((g::bigint * 7919) % (365 * 86400)) * interval '1 second' AS c FROM generate_series(1, $4) g) x`,
      [services.map((s) => s.id), services.map((s) => s.pwp), done, n],
    );
  }
  say(`stored ${tickets.toLocaleString('en-GB')} tickets in ${((Date.now() - filling) / 1000).toFixed(0)} s`);

  const eventsStart = Date.now();
  const [{ pwp_id, service_id }] = (await db.query(`SELECT pwp_id, service_id FROM patients LIMIT 1`)).rows;
  await db.query(`INSERT INTO patients (ref, service_id, pwp_id) SELECT 'P-B' || translate(upper(lpad(to_hex(g), 5, '0')), '01', 'GH'), $1, $2 FROM generate_series(1, 10000) g ON CONFLICT DO NOTHING`, [service_id, pwp_id]);
  const fillIds = (await db.query(`SELECT id FROM patients WHERE ref LIKE 'P-B%' ORDER BY ref`)).rows.map((r) => r.id);
  for (let done = 0; done < events; done += 1_000_000) {
    const n = Math.min(1_000_000, events - done);
    await db.query(
      `INSERT INTO engagement_events (event_id, patient_id, service_id, type, occurred_at, value)
       SELECT 'fill-' || ($3 + g), ($4::uuid[])[1 + g % cardinality($4::uuid[])], $1, (ARRAY['login','mood_rated','notification_sent','notification_dismissed']::engagement_event_type[])[1 + g % 4],
              now() - ((g::bigint * 7919) % (365 * 86400)) * interval '1 second', CASE WHEN g % 4 = 1 THEN g % 11 END
         FROM generate_series(1, $2) g`,
      [service_id, n, done, fillIds],
    );
  }
  say(`stored ${events.toLocaleString('en-GB')} engagement events in ${((Date.now() - eventsStart) / 1000).toFixed(0)} s`);

  // The worker's incremental refresh picks the tickets up from its watermark.
  const refreshing = Date.now();
  const filled = new Date();
  for (;;) {
    const r = await db.query(`SELECT watermark FROM report_watermarks WHERE name = 'tickets'`);
    if (r.rows[0] && new Date(r.rows[0].watermark) > filled) break;
    if (Date.now() - refreshing > 30 * 60_000) throw new Error('the worker did not refresh the rollups within 30 minutes');
    await new Promise((res) => setTimeout(res, 1000));
  }
  const rollupRows = Number((await db.query(`SELECT count(*) AS n FROM report_ticket_daily`)).rows[0].n);
  say(`worker refreshed the rollups from its watermark in ${((Date.now() - refreshing) / 1000).toFixed(0)} s (${rollupRows.toLocaleString('en-GB')} rollup rows)`);
  await db.query(`VACUUM ANALYZE tickets`);
  await db.query(`VACUUM ANALYZE report_ticket_daily`);
  await db.query(`CHECKPOINT`);

  const login = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'manager1@navdesk.test', password: 'navdesk-demo' }) })).json();
  const headers = { authorization: `Bearer ${login.accessToken}`, 'content-type': 'application/json' };
  const from = day(-365);
  const to = day(1);
  const query = `from=${from}&to=${to}&interval=week&groupBy=theme`;
  const served = (await db.query(`SELECT count(*) AS n FROM tickets WHERE service_id = ANY($1)`, [login.user.serviceIds])).rows[0].n;

  // From the rollups, through the api (auth, validation, JSON included).
  const api = [];
  let apiTotal = 0;
  for (let i = 0; i < apiRuns + 20; i++) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(`${base}/api/reports/usability-trends?${query}`, { headers });
    const body = await res.json();
    if (i >= 20) api.push(ms(t0));
    apiTotal = body.buckets.reduce((n, b) => n + b.total, 0);
  }
  // The same report from the raw tickets: the same grouping, straight over the tickets table.
  const raw = [];
  let rawTotal = 0;
  for (let i = 0; i < rawRuns + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = await db.query(
      `SELECT date_trunc('week', (created_at AT TIME ZONE 'Europe/London')::date)::date AS start, theme, count(*)::int AS tickets,
              count(*) FILTER (WHERE fixability = 'fixable')::int AS fixable, count(*) FILTER (WHERE fixability = 'not_fixable')::int AS not_fixable
         FROM tickets WHERE service_id = ANY($1) AND created_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND created_at < ($3::date::timestamp AT TIME ZONE 'Europe/London')
        GROUP BY 1, 2`,
      [login.user.serviceIds, from, to],
    );
    if (i >= 1) raw.push(ms(t0));
    rawTotal = r.rows.reduce((n, x) => n + x.tickets, 0);
  }
  if (apiTotal !== rawTotal) throw new Error(`the rollups say ${apiTotal} tickets, the raw rows ${rawTotal}`);
  say(`usability trends, a year by week, manager1's ${login.user.serviceIds.length} services (${Number(served).toLocaleString('en-GB')} tickets; both paths count ${apiTotal.toLocaleString('en-GB')} in the year)`);
  say(`  from raw tickets (SQL, ${raw.length} runs) : p50 ${pct(raw, 50).toFixed(1)} ms, p95 ${pct(raw, 95).toFixed(1)} ms`);
  say(`  from rollups (api, ${api.length} runs)     : p50 ${pct(api, 50).toFixed(1)} ms, p95 ${pct(api, 95).toFixed(1)} ms  (goal p95 ≤ 100 ms)`);
  say(`  speed-up, raw p50 / rollup p50       : ${(pct(raw, 50) / pct(api, 50)).toFixed(1)}×  (goal ≥ 20×)`);

  // A year's export by day, as a manager would ask for it.
  const t0 = process.hrtime.bigint();
  const created = await (await fetch(`${base}/api/reports/exports`, { method: 'POST', headers, body: JSON.stringify({ report: 'usability-trends', format: 'csv', params: { from, to, interval: 'day', groupBy: 'category' } }) })).json();
  let status;
  do {
    await new Promise((r) => setTimeout(r, 200));
    status = await (await fetch(`${base}/api/reports/exports/${created.id}`, { headers })).json();
  } while (status.status !== 'done' && status.status !== 'failed');
  const file = await fetch(`${base}${status.downloadUrl}`);
  const csv = await file.text();
  say(`CSV export of that year by day: ${status.status}, ${status.rows} rows, ${(csv.length / 1024).toFixed(0)} KiB, ready in ${ms(t0).toFixed(0)} ms`);
  await db.end();
} finally {
  await stack.cleanUp();
}
