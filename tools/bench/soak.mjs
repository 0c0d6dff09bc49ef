#!/usr/bin/env node
// npm run bench:soak — mixed traffic at half the maximum rate for BENCH_SOAK_MINUTES (default 10): intake,
// triage (the worker), engagement ingest, report reads and live streams held open. Each minute prints the
// RSS of the api and of the worker (the median of samples every 2 s), each kind's p99, the outbox's lag, the oldest waiting job and POST →
// triaged; the end says whether RSS stayed flat (within 10 % after the first, warm-up minute) and p99 steady.
// Beside RSS, each process's heap as its last full garbage collection left it (its /metrics): RSS swings with
// the collector's phase, this does not, so it is the figure that tells a leak (it climbs) from a swing.
// The maximum is the intake rate measured at the start of the same run. Starts its own api and worker on a
// fresh database and Redis prefix, and removes both at the end.
import { randomBytes } from 'node:crypto';
import { benchStack, Client } from './bench-stack.mjs';
import { DEMO_PASSWORD, login } from './queues/api-client.mjs';
import { signedInNavigators } from './queues/live-fanout.mjs';
import { pct, say } from './queues/measure.mjs';
import { openStream } from './queues/sse-client.mjs';
import { liveHeapMiB, oldestWaitingJob, outboxLag, rssMiB, triageLatency } from './soak/samples.mjs';
import { fire, trafficKinds } from './soak/traffic.mjs';

const QUEUES = ['engagement', 'maintenance', 'mail', 'notifications', 'reports', 'programme', 'tailoring', 'tickets', 'training'];
/** Each kind's share of the soak's requests per second. */
const SHARES = { intake: 0.5, ingest: 0.25, reports: 0.25 };
const CONNECTIONS = { intake: 10, ingest: 4, reports: 4 };

const stack = benchStack(3260);
const { base, env } = stack;
env.LOGIN_IP_LIMIT_PER_MINUTE = '10000'; // the navigators all sign in from this one address
// Both processes' /metrics, for the heap each keeps after a full collection.
env.METRICS_TOKEN = randomBytes(24).toString('hex');
env.WORKER_HTTP_PORT = String(Number(new URL(base).port) + 1);
const metricsTargets = { api: `${base}/metrics`, worker: `http://127.0.0.1:${env.WORKER_HTTP_PORT}/metrics` };
const minutes = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const sliceSeconds = Number(process.env.BENCH_SOAK_SLICE_SECONDS ?? 60);
const streamCount = Number(process.env.BENCH_SOAK_STREAMS ?? 50);
const batchSize = Number(process.env.BENCH_SOAK_BATCH ?? 20);
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '—');
const pad = (x, n) => String(x).padStart(n);

const db = new Client({ connectionString: env.DATABASE_URL });
db.on('error', () => undefined); // the clean-up drops the database under it
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stack.cleanUp().finally(() => process.exit(1)));

let waiting;
const streams = [];
try {
  await stack.createDatabase();
  const api = stack.start('dist/apps/api/main.js');
  await stack.waitHealthy();
  const worker = stack.start('dist/apps/worker/main.js');
  await db.connect();
  waiting = oldestWaitingJob(env, QUEUES);

  const pwp = await login(base, 'pwp01@navdesk.test', DEMO_PASSWORD);
  const manager = await login(base, 'manager1@navdesk.test', DEMO_PASSWORD);
  const serviceId = pwp.user.serviceIds[0];
  const { rows: svc } = await db.query(`SELECT code FROM services WHERE id = $1`, [serviceId]);
  const { rows: patients } = await db.query(`SELECT ref FROM patients WHERE service_id = $1 ORDER BY ref`, [serviceId]);
  const kinds = trafficKinds({
    base,
    pwp: pwp.accessToken,
    serviceId,
    programmeKey: `ndk_navdesk-demo-programme-${svc[0].code.toLowerCase()}`,
    patientRefs: patients.map((p) => p.ref),
    manager: manager.accessToken,
    batchSize,
  });

  // The maximum: intake alone, as fast as it goes, after a warm-up.
  await fire({ ...kinds.intake, connections: 20, duration: 3 });
  const max = (await fire({ ...kinds.intake, connections: 20, duration: 10 })).requests.average;
  const total = max / 2;
  const rates = Object.fromEntries(Object.entries(SHARES).map(([kind, share]) => [kind, Math.max(1, Math.round(total * share))]));

  const tokens = await signedInNavigators({ bases: [base], serviceId, count: streamCount });
  for (const token of tokens) streams.push(await openStream(`${base}/api/events/stream`, token));

  say(`Navdesk soak — ${minutes} × ${sliceSeconds} s, one api + one worker, this machine; RSS is each minute's median of samples every 2 s`);
  say(`maximum intake ${Math.round(max)} req/s; soak at half: ${Object.entries(rates).map(([k, r]) => `${k} ${r}/s`).join(', ')} (engagement ${batchSize} events per batch), ${streams.length} live streams open`);
  say('      RSS (MiB)           kept after full GC (MiB)');
  say('min   api MiB  worker MiB  api MiB  worker MiB  intake p99  ingest p99  reports p99  errors  outbox pending/oldest ms  oldest waiting job  POST→triaged p95  stream events');

  const rows = [];
  let seen = 0;
  for (let minute = 1; minute <= minutes; minute++) {
    const from = new Date();
    // RSS every 2 s through the minute; its median is the minute's figure, so one sample caught just before a
    // garbage collection does not pass for growth.
    const samples = [];
    const sampler = setInterval(() => samples.push(rssMiB({ api: api.pid, worker: worker.pid })), 2_000);
    // The kept heap every 10 s (a scrape also runs the worker's collectors, so not as often as RSS).
    const kept = [];
    const keptSampler = setInterval(() => void liveHeapMiB(metricsTargets, env.METRICS_TOKEN).then((x) => kept.push(x)), 10_000);
    const results = Object.fromEntries(
      await Promise.all(Object.keys(SHARES).map(async (k) => [k, await fire({ ...kinds[k], connections: CONNECTIONS[k], overallRate: rates[k], duration: sliceSeconds })])),
    );
    clearInterval(sampler);
    clearInterval(keptSampler);
    const to = new Date();
    kept.push(await liveHeapMiB(metricsTargets, env.METRICS_TOKEN));
    const keptOf = (proc) => pct(kept.map((x) => x[proc]).filter(Number.isFinite), 50) ?? NaN;
    const live = { api: keptOf('api'), worker: keptOf('worker') };
    samples.push(rssMiB({ api: api.pid, worker: worker.pid }));
    const rss = { api: pct(samples.map((x) => x.api), 50), worker: pct(samples.map((x) => x.worker), 50) };
    const outbox = await outboxLag(db);
    const oldest = await waiting.read();
    const triage = await triageLatency(db, new Date(from.getTime() - 5_000), new Date(to.getTime() - 5_000));
    const events = streams.reduce((n, s) => n + s.arrivals.size, 0);
    const errors = Object.values(results).reduce((n, r) => n + r.errors + r.non2xx, 0);
    const row = { minute, rss, live, p99: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.latency.p99])), errors };
    rows.push(row);
    say(
      `${pad(minute, 3)}  ${pad(rss.api.toFixed(0), 8)}  ${pad(rss.worker.toFixed(0), 10)}  ${pad(live.api.toFixed(1), 7)}  ${pad(live.worker.toFixed(1), 10)}  ${pad(row.p99.intake, 7)} ms  ${pad(row.p99.ingest, 7)} ms  ${pad(row.p99.reports, 8)} ms  ${pad(errors, 6)}  ${pad(`${outbox.pending}/${ms(outbox.ageMs)}`, 23)}  ${pad(`${ms(oldest.ageMs)} ms (${oldest.queue})`, 18)}  ${pad(`${ms(triage.p95)} ms`, 16)}  ${pad(events - seen, 13)}`,
    );
    seen = events;
    // An error is never just a count: say which traffic met it and what it was (a status, or a timeout).
    for (const [kind, r] of Object.entries(results)) {
      if (!r.errors && !r.non2xx) continue;
      const statuses = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, x]) => `${x.count} × ${code}`);
      say(`      ${kind}: ${[...statuses, r.timeouts ? `${r.timeouts} timed out` : '', r.errors - r.timeouts > 0 ? `${r.errors - r.timeouts} connection errors` : ''].filter(Boolean).join(', ')}`);
    }
  }

  // After the warm-up minute: the spread of RSS, and each kind's worst p99 against its median.
  const steady = rows.length > 1 ? rows.slice(1) : rows;
  for (const proc of ['api', 'worker']) {
    const xs = steady.map((r) => r.rss[proc]);
    const spread = (Math.max(...xs) - Math.min(...xs)) / Math.min(...xs);
    // A leak climbs; garbage collection only swings: the later half's median against the earlier half's tells them apart.
    const half = Math.floor(xs.length / 2);
    const trend = xs.length > 1 ? pct(xs.slice(half), 50) / pct(xs.slice(0, half), 50) - 1 : 0;
    say(`${proc} RSS after warm-up: ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} MiB, spread ${(spread * 100).toFixed(1)} %  (goal ≤ 10 %: ${spread <= 0.1 ? 'flat' : 'NOT flat'}); later half's median against the earlier half's ${trend >= 0 ? '+' : ''}${(trend * 100).toFixed(1)} %`);
    const ks = steady.map((r) => r.live[proc]).filter(Number.isFinite);
    if (!ks.length) {
      say(`${proc} kept after full GC: not read (its /metrics did not answer, or no full collection ran)`);
      continue;
    }
    const keptSpread = (Math.max(...ks) - Math.min(...ks)) / Math.min(...ks);
    const keptTrend = ks.length > 1 ? pct(ks.slice(Math.floor(ks.length / 2)), 50) / pct(ks.slice(0, Math.floor(ks.length / 2)), 50) - 1 : 0;
    say(`${proc} kept after full GC, after warm-up: ${Math.min(...ks).toFixed(1)}–${Math.max(...ks).toFixed(1)} MiB, spread ${(keptSpread * 100).toFixed(1)} %  (${keptSpread <= 0.1 ? 'flat' : 'NOT flat'} within 10 %); later half's median against the earlier half's ${keptTrend >= 0 ? '+' : ''}${(keptTrend * 100).toFixed(1)} %`);
  }
  for (const kind of Object.keys(SHARES)) {
    const xs = steady.map((r) => r.p99[kind]);
    say(`${kind} p99 after warm-up: median ${pct(xs, 50)} ms, worst ${Math.max(...xs)} ms, worst/median ${(Math.max(...xs) / pct(xs, 50)).toFixed(2)}`);
  }
  say(`errors over the run: ${rows.reduce((n, r) => n + r.errors, 0)}`);
} finally {
  for (const s of streams) s.close();
  await waiting?.close();
  await db.end().catch(() => undefined);
  await stack.cleanUp();
}
