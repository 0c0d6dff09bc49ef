import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DEFAULT_OWNER_ROLE, DEFAULT_RUNTIME_ROLE, ensureDatabaseRoles } from '../database/database-roles';
import { dropDatabase, ensureDatabase } from '../database/ensure-database';

export interface TestEnv {
  /** The runtime role's URL: what the apps under test connect as. */
  databaseUrl: string;
  /** The owner role's URL: migrations, and a test's own set-up that needs more than the runtime role. */
  migrationUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Drops the database and every Redis key under the prefix. */
  cleanup(): Promise<void>;
}

const PG_HOST = '127.0.0.1:5432';
/** The superuser of the local test server: creates the roles and the databases, nothing else. */
const PG_ADMIN_URL = `postgres://postgres@${PG_HOST}/postgres`;
const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * A fresh database and a unique Redis key prefix for one integration-test file, written into
 * process.env (where the apps' config module reads them) before the app is built. The database is
 * owned by the owner role, which migrates it; the apps connect as the runtime role, so every
 * integration test runs with the least privilege production has.
 */
export async function createTestEnv(label: string, overrides: Record<string, string> = {}): Promise<TestEnv> {
  const id = `${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `navdesk_test_${id}`;
  const databaseUrl = `postgres://${DEFAULT_RUNTIME_ROLE}@${PG_HOST}/${database}`;
  const migrationUrl = `postgres://${DEFAULT_OWNER_ROLE}@${PG_HOST}/${database}`;
  const redisPrefix = `navdesk-test-${id}`;
  await ensureDatabaseRoles(PG_ADMIN_URL, { owner: { name: DEFAULT_OWNER_ROLE }, runtime: { name: DEFAULT_RUNTIME_ROLE } });
  await ensureDatabase(databaseUrl, { adminUrl: PG_ADMIN_URL, owner: DEFAULT_OWNER_ROLE });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_MIGRATION_URL: migrationUrl,
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    OUTBOX_POLL_MS: '100',
    // Any free port for each worker's /metrics and /health: several run at once, beside a dev stack on 3001.
    WORKER_HTTP_PORT: '0',
    ...overrides,
  });
  return {
    databaseUrl,
    migrationUrl,
    redisUrl: REDIS_URL,
    redisPrefix,
    async cleanup() {
      await dropDatabase(databaseUrl, PG_ADMIN_URL);
      await deleteRedisPrefix(REDIS_URL, redisPrefix);
    },
  };
}

export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    // Gather every key first, then delete them in one transaction: a restart loses them all at once, and
    // a worker that looks in between must never see only some of them gone.
    const all = new Set<string>();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      for (const key of keys) all.add(key);
      cursor = next;
    } while (cursor !== '0');
    const keys = [...all];
    if (!keys.length) return;
    const tx = redis.multi();
    for (let i = 0; i < keys.length; i += 1000) tx.del(...keys.slice(i, i + 1000));
    await tx.exec();
  } finally {
    redis.disconnect();
  }
}
