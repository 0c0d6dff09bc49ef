import type Redis from 'ioredis';

/**
 * Queues lose jobs silently when Redis may evict keys, so the api and the worker refuse to start unless
 * `maxmemory-policy` is `noeviction`. Returns a one-line problem, or null when all is well.
 */
export async function checkRedisEvictionPolicy(redis: Pick<Redis, 'config'>): Promise<string | null> {
  let reply: unknown;
  try {
    reply = await redis.config('GET', 'maxmemory-policy');
  } catch (e) {
    return `cannot read Redis maxmemory-policy (${(e as Error).message}); set it to noeviction and allow CONFIG GET`;
  }
  const policy = Array.isArray(reply) ? String(reply[1] ?? '') : '';
  return policy === 'noeviction'
    ? null
    : `Redis maxmemory-policy is "${policy || 'unknown'}"; queues need "noeviction" (redis-server --maxmemory-policy noeviction, or CONFIG SET maxmemory-policy noeviction)`;
}
