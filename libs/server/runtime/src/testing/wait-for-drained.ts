import { Queue } from 'bullmq';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { redisOptionsFromUrl } from '@navdesk/server/core';
import { waitFor } from './worker-test-app';

/** What is still to do: jobs waiting, running or retrying in any queue, and outbox rows not yet relayed. */
export interface PendingWork {
  jobs: Record<string, number>;
  outbox: number;
}

/**
 * Waits until every queue under the test's Redis prefix is empty (bar the next run of a schedule,
 * which is always there) and every outbox row has been relayed, so an "exactly once" assertion that
 * follows has nothing left in flight that could still change it. Never a fixed sleep.
 */
export async function waitForDrained(db: DataSource, ms = 30_000): Promise<PendingWork> {
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const prefix = `${process.env['REDIS_PREFIX'] ?? 'navdesk'}:bull`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const queues = new Map<string, Queue>();
  try {
    return await waitFor(
      'the queues to drain and the outbox to empty',
      async () => {
        for (const name of await queueNames(redis, prefix)) {
          if (!queues.has(name)) queues.set(name, new Queue(name, { connection: redisOptionsFromUrl(redisUrl), prefix }));
        }
        const jobs: Record<string, number> = {};
        for (const [name, queue] of queues) {
          const n = await pendingJobs(queue);
          if (n) jobs[name] = n;
        }
        const [{ n: outbox }] = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE dispatched_at IS NULL`);
        return { jobs, outbox: outbox as number };
      },
      (work) => work.outbox === 0 && Object.keys(work.jobs).length === 0,
      ms,
    );
  } finally {
    await Promise.all([...queues.values()].map((q) => q.close()));
    redis.disconnect();
  }
}

async function queueNames(redis: Redis, prefix: string): Promise<string[]> {
  const names = new Set<string>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*:meta`, 'COUNT', 1000);
    for (const key of keys) names.add(key.slice(prefix.length + 1, -':meta'.length));
    cursor = next;
  } while (cursor !== '0');
  return [...names];
}

/** Jobs that are still work. A job a scheduler made (its next run, or that run itself) is not work in flight. */
async function pendingJobs(queue: Queue): Promise<number> {
  const jobs = await queue.getJobs(['waiting', 'active', 'prioritized', 'waiting-children', 'delayed']);
  return jobs.filter((job) => job && !job.repeatJobKey).length;
}
