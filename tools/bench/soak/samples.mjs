// What the soak reads at the end of each minute, besides the traffic's own latencies: the processes' memory,
// the outbox's lag, the oldest job still waiting in any queue, and how long tickets took to be triaged.
import { createRequire } from 'node:module';
import { pct, redisOptions, rssKiB } from '../queues/measure.mjs';

const require = createRequire(import.meta.url);
const { Queue } = require('bullmq');

/** RSS in MiB of each named process. */
export const rssMiB = (pids) => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssKiB(pid) / 1024]));

/** Outbox rows not yet relayed, and the age in ms of the oldest of them (0 when none). */
export async function outboxLag(db) {
  const { rows } = await db.query(`SELECT count(*)::int AS n, coalesce(extract(epoch FROM now() - min(created_at)) * 1000, 0)::float AS age FROM outbox_messages WHERE dispatched_at IS NULL`);
  return { pending: rows[0].n, ageMs: rows[0].age };
}

/** The age in ms of the oldest job waiting in any of the product's queues (0 when none wait), and which queue holds it. */
export function oldestWaitingJob(env, queueNames) {
  const prefix = `${env.REDIS_PREFIX}:bull`;
  const queues = queueNames.map((name) => new Queue(name, { connection: redisOptions(env.REDIS_URL), prefix }));
  return {
    async read() {
      let oldest = { ageMs: 0, queue: '—' };
      for (const queue of queues) {
        // Oldest first; a schedule's next run waits as a delayed job and is not counted.
        const [job] = await queue.getJobs(['waiting', 'prioritized'], 0, 0, true);
        if (job && Date.now() - job.timestamp > oldest.ageMs) oldest = { ageMs: Date.now() - job.timestamp, queue: queue.name };
      }
      return oldest;
    },
    close: () => Promise.all(queues.map((q) => q.close())),
  };
}

/** POST → triaged of the tickets created in [from, to): the p95 in ms, and how many are still untriaged. */
export async function triageLatency(db, from, to) {
  const { rows } = await db.query(
    `SELECT extract(epoch FROM triaged_at - created_at) * 1000 AS ms FROM tickets WHERE created_at >= $1 AND created_at < $2`,
    [from, to],
  );
  const done = rows.filter((r) => r.ms !== null).map((r) => Number(r.ms));
  return { p95: done.length ? pct(done, 95) : NaN, untriaged: rows.length - done.length };
}

/**
 * What each process kept after its last full garbage collection, in MiB (navdesk_heap_live_after_full_gc_bytes
 * from its /metrics), or NaN when the scrape failed or no full collection has run yet. `targets` maps a name
 * to the /metrics address.
 */
export async function liveHeapMiB(targets, token) {
  const read = async (url) => {
    try {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5_000) });
      const value = Number(/^navdesk_heap_live_after_full_gc_bytes (\S+)$/m.exec(await res.text())?.[1]);
      return value > 0 ? value / 1024 / 1024 : NaN;
    } catch {
      return NaN;
    }
  };
  return Object.fromEntries(await Promise.all(Object.entries(targets).map(async ([name, url]) => [name, await read(url)])));
}
