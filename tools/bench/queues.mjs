#!/usr/bin/env node
// npm run bench:queues — the queue side, every figure a ratio or percentile measured in this run:
// 1. the worker triaging BENCH_TRIAGE tickets against a BullMQ worker that does nothing (same Redis,
//    same concurrency, same job options);
// 2. a backlog of BENCH_BACKLOG (default 100,000) tickets queued while the worker is stopped, drained,
//    against the steady rate (BENCH_STEADY_SECONDS with the worker kept busy on a short queue), with
//    Redis's memory, evictions and the queue's keys;
// 3. BENCH_NAVIGATORS (default 500) navigators on /api/events/stream over two api processes, and the
//    time BENCH_LIVE_EVENTS tickets take to reach each of them.
// Tickets are raised once through the api and copied in SQL in the shape intake wrote (see ticket-clones).
// Starts its own api(s) and worker on a fresh database and Redis prefix, and removes both at the end.
import { createRequire } from 'node:module';
import { benchStack, Client } from './bench-stack.mjs';
import { DEMO_PASSWORD, login, raiseTicket } from './queues/api-client.mjs';
import { drainBacklog, queueBacklog, redisSnapshot, steadyRate } from './queues/backlog-drain.mjs';
import { describeCpuPerJob } from './queues/cpu-split.mjs';
import { connectAll, measureFanOut, signedInNavigators } from './queues/live-fanout.mjs';
import { pct, say } from './queues/measure.mjs';
import { maxmemoryPolicy, mib } from './queues/redis-figures.mjs';
import { ticketCloner } from './queues/ticket-clones.mjs';
import { productTriageConcurrency, productTriageJobOptions, timeNoopWorker, timeRealTriage } from './queues/triage-vs-noop.mjs';

const require = createRequire(import.meta.url);
const Redis = require('ioredis');

const stack = benchStack(3240);
const { base, env } = stack;
// Every navigator of section 3 signs in from this one address: lift the per-address sign-in limit (30/min).
env.LOGIN_IP_LIMIT_PER_MINUTE = '10000';
const triageCount = Number(process.env.BENCH_TRIAGE ?? 10_000);
const backlog = Number(process.env.BENCH_BACKLOG ?? 100_000);
const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 30);
const navigators = Number(process.env.BENCH_NAVIGATORS ?? 500);
const liveEvents = Number(process.env.BENCH_LIVE_EVENTS ?? 10);
const n = (x) => x.toLocaleString('en-GB');
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

// JIT off for the bench's own statements: copying 128 tickets in one statement crossed jit_above_cost and spent
// ~300 ms compiling, so the steady phase measured its feeder (360 tickets/s) rather than the worker.
const db = new Client({ connectionString: env.DATABASE_URL, options: '-c jit=off' });
db.on('error', () => undefined); // the clean-up drops the database under it
const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
// A full run takes a while: Ctrl-C (or a SIGTERM) still stops the children and drops the database and keys.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    say(`\n${signal}: stopping and cleaning up`);
    redis.disconnect();
    void stack.cleanUp().finally(() => process.exit(1));
  });
}

try {
  await stack.createDatabase();
  const api = stack.start('dist/apps/api/main.js');
  await stack.waitHealthy();
  await db.connect();
  const concurrency = productTriageConcurrency();
  say(`Navdesk queues benchmark — this machine, Redis maxmemory-policy ${await maxmemoryPolicy(redis)}, triage concurrency ${concurrency}`);

  // The template: one ticket raised through the api while no worker runs, so its triage job waits in the outbox.
  const pwp = await login(base, 'pwp01@navdesk.test', DEMO_PASSWORD);
  const serviceId = pwp.user.serviceIds[0];
  const template = await raiseTicket(base, pwp.accessToken, serviceId, 'Patient cannot log in');
  const cloner = await ticketCloner(db, template.id);
  say(`template ${template.reference}: intake wrote ${Object.entries(cloner.perTicket).map(([t, k]) => `${k} ${t}`).join(', ')} row(s); copies carry the same`);

  say('\n1. Triage against a no-op worker');
  const real = await timeRealTriage({ stack, db, redis, cloner, serviceId, count: triageCount });
  say(`worker, first to last of ${n(triageCount)} tickets triaged : ${s(real.ms)}, ${real.rate.toFixed(1)} tickets/s (boot: first triaged ${s(real.firstAfterMs)} after start)`);
  const jobOptions = await productTriageJobOptions(env);
  const noop = await timeNoopWorker({ env, redis, count: triageCount, concurrency, jobOptions });
  say(`no-op BullMQ worker, same concurrency and job options, first to last of ${n(triageCount)} jobs : ${s(noop.ms)}, ${noop.rate.toFixed(1)} jobs/s`);
  say(`ratio triage/no-op : ${(real.rate / noop.rate).toFixed(3)}  (goal ≥ 0.5)`);
  // Why the ratio is what it is: the CPU each job cost the processes the two share (Redis, the machine).
  say(`CPU per triaged ticket : ${real.cpu ? describeCpuPerJob(real.cpu) : 'not measured (every ticket was triaged before the first poll)'}`);
  say(`CPU per no-op job      : ${describeCpuPerJob(noop.cpu)} (its worker is this process; Postgres idle but for the rest of the product)`);

  say('\n2. Backlog drain');
  say(`job options of a triage job: removeOnComplete ${JSON.stringify(jobOptions.removeOnComplete)}, removeOnFail ${JSON.stringify(jobOptions.removeOnFail)}, attempts ${jobOptions.attempts}`);
  const steady = await steadyRate({ db, cloner, serviceId, concurrency, seconds: steadySeconds });
  say(`steady: ${n(steady.triaged)} tickets triaged in ${steadySeconds} s with at most ${steady.maxPending} waiting : ${steady.rate.toFixed(1)} tickets/s`);
  await stack.stop(real.worker);
  const before = await redisSnapshot(redis, env);
  const queued = await queueBacklog({ db, cloner, count: backlog });
  say(`worker stopped; ${n(backlog)} tickets queued (outbox) in ${s(queued.ms)}`);
  const drain = await drainBacklog({ stack, db, redis, env, serviceId, since: queued.since, count: backlog });
  const after = await redisSnapshot(redis, env);
  say(`drain: worker started, last of ${n(backlog)} triaged after ${s(drain.ms)} : ${drain.rate.toFixed(1)} tickets/s (at most ${n(drain.peakWaiting)} jobs waiting in Redis)`);
  say(`ratio drain/steady : ${(drain.rate / steady.rate).toFixed(3)}  (goal ≥ 0.9)`);
  say(`drain rate over the first tenth of the tickets ${drain.tenths.first.toFixed(1)}/s, over the last tenth ${drain.tenths.last.toFixed(1)}/s`);
  say(`Redis used_memory : before ${mib(before.memory)}, peak ${mib(drain.peakMemory)}, after ${mib(after.memory)}  (instance-wide)`);
  say(`tickets queue keys : before ${n(before.keys.count)} (${mib(before.keys.bytes)}), after ${n(after.keys.count)} (${mib(after.keys.bytes)})`);
  say(`evicted_keys during the run : ${after.evicted - before.evicted}  (must be 0; ${after.evicted} since Redis started)`);

  say(`\n3. Live fan-out: ${n(navigators)} navigators over two api processes`);
  const port2 = Number(new URL(base).port) + 1;
  const base2 = `http://127.0.0.1:${port2}`;
  const api2 = stack.start('dist/apps/api/main.js', { PORT: String(port2) });
  await stack.waitHealthy(base2);
  const bases = [base, base2];
  const signingIn = Date.now();
  const tokens = await signedInNavigators({ bases, serviceId, count: navigators });
  say(`${n(navigators)} navigators of the PWP's service created through the admin API and signed in (own sessions) in ${s(Date.now() - signingIn)}`);
  const { streams, refusals, perApi } = await connectAll({ bases, pids: [api.pid, api2.pid], tokens });
  for (const [reason, count] of refusals) say(`refused: ${count} × ${reason}`);
  for (const a of perApi) {
    const per = a.connections ? ((a.rssAfter - a.rssBefore) / a.connections).toFixed(1) : 'n/a';
    say(`api ${a.base} (open files limit ${a.openFiles}): ${a.connections} streams, RSS ${n(Math.round(a.rssBefore / 1024))} → ${n(Math.round(a.rssAfter / 1024))} MiB, ${per} KiB per connection`);
  }
  const fan = await measureFanOut({ base, streams, pwpToken: pwp.accessToken, serviceId, events: liveEvents });
  const line = (xs) => `p50 ${Math.round(pct(xs, 50))} ms, p95 ${Math.round(pct(xs, 95))} ms, max ${Math.round(Math.max(...xs))} ms`;
  say(`${liveEvents} tickets × ${streams.length} streams = ${n(fan.fromPost.length)} arrivals, ${fan.missing} missing after 30 s`);
  say(`POST sent → event at the navigator : ${line(fan.fromPost)}  (goal p95 ≤ 1000 ms)`);
  say(`api publish → event at the navigator : ${line(fan.fromPublish)}`);
  for (const stream of streams) stream.close();
} finally {
  redis.disconnect();
  await db.end().catch(() => undefined);
  await stack.cleanUp();
}
