import Redis from 'ioredis';
import { redisOptionsFromUrl } from './redis-connection';
import { checkRedisEvictionPolicy } from './redis-eviction.check';

const HOW_TO_START = 'start it (docker compose up -d redis, or redis-server --maxmemory-policy noeviction) or point REDIS_URL at one';

/**
 * One attempt, with a short timeout, before the api or the worker builds anything that talks to Redis:
 * returns a one-line problem (unreachable, or a maxmemory-policy that may evict queue keys), or null.
 * Without it a missing Redis shows as a stack trace from every queue and client that tries to connect.
 */
export async function redisPreflight(redisUrl: string, timeoutMs = 2_000): Promise<string | null> {
  const where = new URL(redisUrl).host;
  const redis = new Redis({ ...redisOptionsFromUrl(redisUrl), lazyConnect: true, connectTimeout: timeoutMs, disconnectTimeout: 0, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // ioredis rejects connect() with a bare "Connection is closed"; the socket's own error says why.
  let cause: string | undefined;
  redis.on('error', (e: Error) => (cause ??= e.message));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)));
  try {
    try {
      await Promise.race([redis.connect().then(() => redis.ping()), deadline]);
    } catch (e) {
      return `Cannot reach Redis at ${where} (REDIS_URL): ${cause ?? (e as Error).message}; ${HOW_TO_START}.`;
    }
    const problem = await Promise.race([checkRedisEvictionPolicy(redis), deadline]);
    return problem ? `Redis at ${where} (REDIS_URL): ${problem}` : null;
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}
