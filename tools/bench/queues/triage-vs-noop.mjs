// Section 1: the real worker triaging N tickets, from its start to the last ticket's triaged_at, against a
// BullMQ Worker in this process that does nothing, with the same concurrency and job options, on the same
// Redis, draining N jobs added in advance.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpuPerJob, cpuSnapshot } from './cpu-split.mjs';
import { perSecond, redisOptions } from './measure.mjs';
import { allTriaged, dbNow } from './triage-progress.mjs';

const require = createRequire(import.meta.url);
const { Queue, Worker } = require('bullmq');

const PROCESSOR = 'libs/server/tickets/src/lib/tickets.processor.ts';

/** The product's triage concurrency, read from its processor so the no-op worker cannot drift from it. */
export function productTriageConcurrency() {
  const match = /@Processor\(\s*TICKETS_QUEUE\s*,\s*\{[^}]*concurrency:\s*(\d+)/.exec(readFileSync(PROCESSOR, 'utf8'));
  if (!match) throw new Error(`no concurrency found on @Processor(TICKETS_QUEUE) in ${PROCESSOR}`);
  return Number(match[1]);
}

/** The options the product's tickets queue gave a triage job it ran (attempts, backoff, removeOn…). */
export async function productTriageJobOptions(env) {
  const queue = new Queue('tickets', { connection: redisOptions(env.REDIS_URL), prefix: `${env.REDIS_PREFIX}:bull` });
  try {
    const [job] = (await queue.getJobs(['completed'], 0, 20)).filter((j) => j.name === 'triage');
    if (!job) throw new Error('no completed triage job to read the options from');
    const { attempts, backoff, removeOnComplete, removeOnFail } = job.opts;
    return { attempts, backoff, removeOnComplete, removeOnFail };
  } finally {
    await queue.close();
  }
}

/**
 * Starts the worker on `count` waiting tickets; the rate runs from the first ticket triaged to the last, so the
 * worker's boot (reported apart) does not count against it, as the no-op worker's does not either. `cpu` is
 * the CPU per ticket from the first poll that saw a ticket triaged to the end (null if none was left by then).
 */
export async function timeRealTriage({ stack, db, redis, cloner, serviceId, count }) {
  const since = await dbNow(db);
  await cloner.clone(count);
  const started = Date.now();
  const worker = stack.start('dist/apps/worker/main.js');
  let cpuFrom = null;
  const progress = await allTriaged(db, serviceId, since, count, {
    onPoll: async (p) => {
      if (!cpuFrom && p.first) cpuFrom = { snapshot: await cpuSnapshot({ redis, db, workerPid: worker.pid }), pending: p.pending };
    },
  });
  const cpu = cpuFrom?.pending ? cpuPerJob(cpuFrom.snapshot, await cpuSnapshot({ redis, db, workerPid: worker.pid }), cpuFrom.pending) : null;
  const ms = progress.last.getTime() - progress.first.getTime();
  return { worker, ms, rate: perSecond(count - 1, ms), firstAfterMs: progress.first.getTime() - started, cpu };
}

/**
 * N jobs added up front, then a Worker whose processor returns at once: its first completion to its N-th, and
 * the CPU per job over the same span (the worker's share is this process's).
 */
export async function timeNoopWorker({ env, redis, count, concurrency, jobOptions }) {
  const connection = redisOptions(env.REDIS_URL);
  const prefix = `${env.REDIS_PREFIX}:bull`;
  const name = 'bench-noop';
  const queue = new Queue(name, { connection, prefix });
  for (let i = 0; i < count; i += 1000) {
    const n = Math.min(1000, count - i);
    await queue.addBulk(Array.from({ length: n }, () => ({ name: 'triage', data: { ticketId: crypto.randomUUID() }, opts: { ...jobOptions, jobId: crypto.randomUUID() } })));
  }
  let completed = 0;
  let worker;
  let first = 0;
  let cpuFrom;
  const done = new Promise((resolve, reject) => {
    worker = new Worker(name, async () => undefined, { connection, prefix, concurrency });
    worker.on('completed', () => {
      completed += 1;
      if (completed === 1) [first, cpuFrom] = [Date.now(), cpuSnapshot({ redis, workerPid: process.pid })];
      if (completed === count) resolve(Date.now());
    });
    worker.on('failed', (_job, e) => reject(e));
    worker.on('error', reject);
  });
  const ended = await done;
  const cpu = cpuPerJob(await cpuFrom, await cpuSnapshot({ redis, workerPid: process.pid }), count - 1);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  const ms = ended - first;
  return { ms, rate: perSecond(count - 1, ms), cpu };
}
