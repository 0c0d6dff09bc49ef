// Section 2: the steady triage rate (the worker kept busy with a short queue) against the rate at which it
// drains a backlog queued while it was stopped, with Redis's memory, evictions and the queue's keys.
import { createRequire } from 'node:module';
import { perSecond, redisOptions } from './measure.mjs';
import { evictedKeys, keysUnder, usedMemory } from './redis-figures.mjs';
import { allTriaged, dbNow, triageProgress } from './triage-progress.mjs';

const require = createRequire(import.meta.url);
const { Queue } = require('bullmq');

/**
 * The worker keeping up: tickets are added `concurrency` at a time whenever no more than `concurrency` are
 * waiting (so it is never idle and the queue never grows), for `seconds` after a warm-up; the rate is the
 * number whose triaged_at falls in that window, over the window.
 */
export async function steadyRate({ db, cloner, serviceId, concurrency, seconds, warmUpSeconds = 3 }) {
  const since = await dbNow(db);
  const windowStart = Date.now() + warmUpSeconds * 1000;
  const windowEnd = windowStart + seconds * 1000;
  let added = 0;
  let maxPending = 0;
  while (Date.now() < windowEnd) {
    const { pending } = await triageProgress(db, serviceId, since);
    if (Date.now() >= windowStart) maxPending = Math.max(maxPending, pending);
    if (pending <= concurrency) added += await cloner.clone(concurrency, { notify: true });
    else await new Promise((r) => setTimeout(r, 20));
  }
  await allTriaged(db, serviceId, since, added);
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM tickets WHERE service_id = $1 AND created_at >= $2 AND triaged_at >= $3 AND triaged_at < $4`, [
    serviceId,
    since,
    new Date(windowStart),
    new Date(windowEnd),
  ]);
  return { rate: perSecond(rows[0].n, windowEnd - windowStart), triaged: rows[0].n, maxPending };
}

/** Queues `count` tickets (outbox rows, as intake leaves them) while the worker is stopped, `chunk` per transaction. */
export async function queueBacklog({ db, cloner, count, chunk = 10_000 }) {
  const since = await dbNow(db);
  const started = Date.now();
  for (let done = 0; done < count; done += chunk) await cloner.clone(Math.min(chunk, count - done));
  return { since, ms: Date.now() - started };
}

/**
 * Starts the worker on the backlog and samples Redis while it drains: the peak of used_memory and of the
 * tickets queue's waiting jobs. The drain rate runs from the worker's start to the last triaged_at.
 */
export async function drainBacklog({ stack, db, redis, env, serviceId, since, count, sampleMs = 500 }) {
  const queue = new Queue('tickets', { connection: redisOptions(env.REDIS_URL), prefix: `${env.REDIS_PREFIX}:bull` });
  let peakMemory = await usedMemory(redis);
  let peakWaiting = 0;
  const started = Date.now();
  const worker = stack.start('dist/apps/worker/main.js');
  try {
    const progress = await allTriaged(db, serviceId, since, count, {
      everyMs: sampleMs,
      onPoll: async () => {
        peakMemory = Math.max(peakMemory, await usedMemory(redis));
        const { waiting, prioritized } = await queue.getJobCounts('waiting', 'prioritized');
        peakWaiting = Math.max(peakWaiting, waiting + prioritized);
      },
    });
    const ms = progress.last.getTime() - started;
    return { worker, ms, rate: perSecond(count, ms), peakMemory, peakWaiting, tenths: await tenthRates(db, serviceId, since, count) };
  } finally {
    await queue.close();
  }
}

/** The rate over the first and the last tenth of the tickets triaged: does triage slow down as the backlog is worked? */
async function tenthRates(db, serviceId, since, count) {
  const { rows } = await db.query(
    `SELECT percentile_disc(ARRAY[0, 0.1, 0.9, 1]) WITHIN GROUP (ORDER BY triaged_at) AS at FROM tickets WHERE service_id = $1 AND created_at >= $2`,
    [serviceId, since],
  );
  const [t0, t10, t90, t100] = rows[0].at.map((d) => new Date(d).getTime());
  return { first: perSecond(count / 10, t10 - t0), last: perSecond(count / 10, t100 - t90) };
}

/** Redis as the backlog benchmark reports it, at one moment: instance-wide memory and evictions, and the tickets queue's keys. */
export async function redisSnapshot(redis, env) {
  const memory = await usedMemory(redis);
  const evicted = await evictedKeys(redis);
  const keys = await keysUnder(redis, `${env.REDIS_PREFIX}:bull:tickets:`);
  return { memory, evicted, keys };
}
