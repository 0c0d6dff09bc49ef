#!/usr/bin/env node
// npm run bench:ingest — engagement ingestion through the api (POST /api/engagement/events, batches
// of 5,000, validated, deduplicated, durable) against a raw `pg` multi-row INSERT of the same events
// into the same table, measured in the same run on this machine; then the patient page's p95 with
// BENCH_TOTAL_EVENTS (default 10 million) events stored.
// Starts its own api (demo data) on a fresh database and Redis prefix, and removes both at the end.
import { benchStack, Client } from './bench-stack.mjs';

const stack = benchStack(3220);
const { base, env } = stack;
const BATCH = 5_000;
const batches = Number(process.env.BENCH_BATCHES ?? 40);
const parallel = Number(process.env.BENCH_PARALLEL ?? 2);
const totalEvents = Number(process.env.BENCH_TOTAL_EVENTS ?? 10_000_000);
const pageLoads = Number(process.env.BENCH_PAGE_LOADS ?? 300);
const say = (s) => process.stdout.write(`${s}\n`);
const TYPES = ['login', 'mood_rated', 'notification_sent', 'notification_dismissed', 'module_started', 'module_completed'];
// A copy of the engagement lib's RECOMPUTE_DAILY_SQL: plain node cannot import the TypeScript.
const RECOMPUTE = `SELECT e.patient_id, (e.occurred_at AT TIME ZONE 'Europe/London')::date AS day,
  count(*) FILTER (WHERE e.type = 'login')::int AS logins, count(*) FILTER (WHERE e.type = 'module_started')::int AS modules_started,
  count(*) FILTER (WHERE e.type = 'module_completed')::int AS modules_completed, count(e.value) FILTER (WHERE e.type = 'mood_rated')::int AS mood_count,
  coalesce(sum(e.value) FILTER (WHERE e.type = 'mood_rated'), 0)::int AS mood_sum, min(e.value) FILTER (WHERE e.type = 'mood_rated') AS mood_min,
  max(e.value) FILTER (WHERE e.type = 'mood_rated') AS mood_max,
  (array_agg(e.value ORDER BY e.occurred_at DESC, e.event_id DESC) FILTER (WHERE e.type = 'mood_rated'))[1] AS mood_last,
  count(*) FILTER (WHERE e.type = 'notification_sent')::int AS notifications_sent, count(*) FILTER (WHERE e.type = 'notification_dismissed')::int AS notifications_dismissed,
  max(e.occurred_at) FILTER (WHERE e.type = 'login') AS last_login_at
  FROM engagement_events e GROUP BY e.patient_id, (e.occurred_at AT TIME ZONE 'Europe/London')::date`;

/** One batch of realistic events for the service's patients, over the last 12 weeks. */
function makeBatch(prefix, b, refs) {
  const now = Date.now();
  return Array.from({ length: BATCH }, (_, i) => {
    const type = TYPES[(i * 7 + b) % TYPES.length];
    return {
      eventId: `${prefix}-${b}-${i}`,
      patientRef: refs[(i + b) % refs.length],
      type,
      occurredAt: new Date(now - ((i * 9973 + b * 31) % (84 * 86_400)) * 1000).toISOString(),
      ...(type === 'mood_rated' ? { value: i % 11 } : {}),
      ...(type.startsWith('module') ? { moduleId: `m0${(i % 9) + 1}-bench` } : {}),
      ...(type === 'login' ? { appVersion: '4.3.0' } : {}),
    };
  });
}

/** Runs `work(index)` for 0…count-1 with `parallel` at a time; returns events per second. */
async function timed(count, work) {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let i = next++; i < count; i = next++) await work(i);
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (count * BATCH) / seconds;
}

const pct = (xs, p) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

try {
  await stack.createDatabase();
  stack.start('dist/apps/api/main.js');
  await stack.waitHealthy();
  const db = new Client({ connectionString: env.DATABASE_URL });
  db.on('error', () => undefined); // the clean-up drops the database under it
  await db.connect();
  const [{ code, service_id }] = (await db.query(`SELECT s.code, s.id AS service_id FROM services s ORDER BY s.code LIMIT 1`)).rows;
  const refs = (await db.query(`SELECT ref FROM patients WHERE service_id = $1`, [service_id])).rows.map((r) => r.ref);
  const ids = new Map((await db.query(`SELECT id, ref FROM patients WHERE service_id = $1`, [service_id])).rows.map((r) => [r.ref, r.id]));
  const key = `ndk_navdesk-demo-programme-${code.toLowerCase()}`;
  say(`Navdesk engagement ingestion benchmark — ${batches} batches of ${BATCH} events, ${parallel} at a time, one api process, this machine`);

  // Warm-up of both paths, then the measured runs on fresh event ids.
  const post = (events) =>
    fetch(`${base}/api/engagement/events`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ events }) }).then(async (r) => {
      if (r.status !== 202) throw new Error(`ingest answered ${r.status}: ${await r.text()}`);
      return r.json();
    });
  const pools = Array.from({ length: parallel }, () => new Client({ connectionString: env.DATABASE_URL }));
  await Promise.all(pools.map((c) => c.connect()));
  let poolNext = 0;
  const raw = async (events) => {
    const client = pools[poolNext++ % pools.length];
    const values = [];
    const params = [];
    events.forEach((e, i) => {
      const o = i * 8;
      values.push(`($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}, $${o + 8})`);
      params.push(e.eventId, ids.get(e.patientRef), service_id, e.type, e.occurredAt, e.value ?? null, e.moduleId ?? null, e.appVersion ?? null);
    });
    await client.query(`INSERT INTO engagement_events (event_id, patient_id, service_id, type, occurred_at, value, module_id, app_version) VALUES ${values.join(',')}`, params);
  };
  await post(makeBatch('warm-api', 0, refs));
  await raw(makeBatch('warm-raw', 0, refs));

  const apiBatches = Array.from({ length: batches }, (_, b) => makeBatch('api', b, refs));
  const rawBatches = Array.from({ length: batches }, (_, b) => makeBatch('raw', b, refs));
  const rawRate = await timed(batches, (b) => raw(rawBatches[b]));
  const apiRate = await timed(batches, (b) => post(apiBatches[b]));
  const resend = await timed(Math.min(10, batches), (b) => post(apiBatches[b]));
  say(`raw pg multi-row INSERT        : ${Math.round(rawRate)} events/s`);
  say(`POST /api/engagement/events    : ${Math.round(apiRate)} events/s (validated, deduplicated, rollup work recorded)`);
  say(`ratio api/raw                  : ${(apiRate / rawRate).toFixed(3)}  (goal ≥ 0.5)`);
  say(`resent batches (all duplicates): ${Math.round(resend)} events/s`);
  await Promise.all(pools.map((c) => c.end()));

  // The patient page with BENCH_TOTAL_EVENTS stored: fill the table in SQL (10,000 more patients),
  // compute their rollups as the worker would, then time the page's three reads together.
  const have = Number((await db.query(`SELECT count(*) AS n FROM engagement_events`)).rows[0].n);
  const more = Math.max(0, totalEvents - have);
  const filling = Date.now();
  const [{ pwp_id }] = (await db.query(`SELECT pwp_id FROM patients WHERE service_id = $1 LIMIT 1`, [service_id])).rows;
  await db.query(
    `INSERT INTO patients (ref, service_id, pwp_id) SELECT 'P-B' || translate(upper(lpad(to_hex(g), 5, '0')), '01', 'GH'), $1, $2 FROM generate_series(1, 10000) g ON CONFLICT DO NOTHING`,
    [service_id, pwp_id],
  );
  const fillIds = (await db.query(`SELECT id FROM patients WHERE ref LIKE 'P-B%' ORDER BY ref`)).rows.map((r) => r.id);
  const perChunk = 1_000_000;
  for (let done = 0; done < more; done += perChunk) {
    const n = Math.min(perChunk, more - done);
    await db.query(
      `INSERT INTO engagement_events (event_id, patient_id, service_id, type, occurred_at, value)
       SELECT 'fill-' || ($3 + g), ($4::uuid[])[1 + g % cardinality($4::uuid[])], $1, (ARRAY['login','mood_rated','notification_sent','notification_dismissed']::engagement_event_type[])[1 + g % 4],
              now() - ((g::bigint * 7919) % (365 * 86400)) * interval '1 second', CASE WHEN g % 4 = 1 THEN g % 11 END
         FROM generate_series(1, $2) g`,
      [service_id, n, done, fillIds],
    );
  }
  await db.query(`ANALYZE`);
  const stored = Number((await db.query(`SELECT count(*) AS n FROM engagement_events`)).rows[0].n);
  say(`stored ${stored.toLocaleString('en-GB')} events in ${((Date.now() - filling) / 1000).toFixed(0)} s`);
  // Their daily rollups in one statement (the worker's per-day SQL, all days at once); the worker
  // itself is not running, so the page timings below are the api's alone.
  const rolling = Date.now();
  await db.query(
    `INSERT INTO engagement_daily (patient_id, day, service_id, logins, modules_started, modules_completed, mood_count, mood_sum, mood_min, mood_max, mood_last, notifications_sent, notifications_dismissed, last_login_at)
     SELECT r.patient_id, r.day, $1, r.logins, r.modules_started, r.modules_completed, r.mood_count, r.mood_sum, r.mood_min, r.mood_max, r.mood_last, r.notifications_sent, r.notifications_dismissed, r.last_login_at
       FROM (${RECOMPUTE}) r WHERE r.patient_id = ANY($2::uuid[])
     ON CONFLICT (patient_id, day) DO NOTHING`,
    [service_id, fillIds],
  );
  say(`rolled up their patient-days in ${((Date.now() - rolling) / 1000).toFixed(0)} s`);
  // A settled database, as it would be in use: vacuumed, analysed, checkpointed (not mid bulk load).
  await db.query(`VACUUM ANALYZE engagement_events`);
  await db.query(`VACUUM ANALYZE engagement_daily`);
  await db.query(`CHECKPOINT`);

  const login = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nav1@navdesk.test', password: 'navdesk-demo' }) })).json();
  const headers = { authorization: `Bearer ${login.accessToken}` };
  const pageRefs = (await db.query(`SELECT ref FROM patients WHERE service_id = $1 AND ref LIKE 'P-B%' ORDER BY random() LIMIT $2`, [service_id, pageLoads])).rows.map((r) => r.ref);
  const times = [];
  const load = (ref) => Promise.all(['', '/engagement', '/flags'].map((p) => fetch(`${base}/api/patients/${ref}${p}`, { headers }).then((r) => r.status)));
  for (const ref of pageRefs.slice(0, 30)) await load(ref); // warm-up
  for (const ref of pageRefs) {
    const t0 = process.hrtime.bigint();
    const answers = await load(ref);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (answers.some((s) => s !== 200)) throw new Error(`patient page answered ${answers}`);
  }
  say(`patient page (detail + 12 weeks of engagement + flags), ${times.length} loads: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms  (goal p95 ≤ 50 ms with 10 million events)`);
  await db.end();
} finally {
  await stack.cleanUp();
}
