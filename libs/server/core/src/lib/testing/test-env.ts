import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '../database/ensure-database';

export interface TestEnv {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Drops the database and every Redis key under the prefix. */
  cleanup(): Promise<void>;
}

const PG_BASE = 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * A fresh database and a unique Redis key prefix for one integration-test file, written into
 * process.env (where the apps' config module reads them) before the app is built.
 */
export async function createTestEnv(label: string, overrides: Record<string, string> = {}): Promise<TestEnv> {
  const id = `${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const databaseUrl = `${PG_BASE}/navdesk_test_${id}`;
  const redisPrefix = `navdesk-test-${id}`;
  await ensureDatabase(databaseUrl);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    OUTBOX_POLL_MS: '100',
    ...overrides,
  });
  return {
    databaseUrl,
    redisUrl: REDIS_URL,
    redisPrefix,
    async cleanup() {
      await dropDatabase(databaseUrl);
      await deleteRedisPrefix(REDIS_URL, redisPrefix);
    },
  };
}

export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
