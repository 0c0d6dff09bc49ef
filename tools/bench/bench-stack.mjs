// The benchmarks' own stack: a fresh database and Redis prefix, the built api (and worker) started
// as child processes, and everything removed at the end.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { RUNTIME_NODE_FLAGS } from '../scripts/runtime-node-flags.mjs';

const require = createRequire(import.meta.url);
export const { Client } = require('pg');
const Redis = require('ioredis');

export function benchStack(defaultPort) {
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const port = Number(process.env.BENCH_PORT ?? defaultPort);
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    // Any free port for the worker's /metrics and /health: a benchmark runs beside a dev or e2e stack.
    WORKER_HTTP_PORT: '0',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/navdesk_bench_${runId}`,
    // The benchmarks' own set-up needs a superuser (VACUUM, CHECKPOINT): one role for all, no least privilege here.
    DATABASE_MIGRATION_URL: `postgres://postgres@127.0.0.1:5432/navdesk_bench_${runId}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `navdesk-bench-${runId}`,
    DEMO_SEED: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  };
  const children = [];

  async function admin(sql) {
    const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  return {
    base,
    env,
    createDatabase: () => admin(`CREATE DATABASE "navdesk_bench_${runId}"`),
    /** `extraEnv` e.g. `{ PORT }` for a second api on the same database and Redis prefix. */
    start(script, extraEnv = {}) {
      // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the api and worker (Node refuses it in NODE_OPTIONS).
      const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
      const child = spawn(process.execPath, [...RUNTIME_NODE_FLAGS, ...nodeArgs, script], { env: { ...env, ...extraEnv }, stdio: ['ignore', process.env.BENCH_STDOUT ? 'inherit' : 'ignore', 'inherit'] });
      children.push(child);
      return child;
    },
    /** SIGTERM, then wait for the exit (the worker finishes its active jobs first). */
    async stop(child) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    async waitHealthy(url = base) {
      for (let i = 0; i < 240; i++) {
        try {
          if ((await fetch(`${url}/api/health`)).ok) return;
        } catch {
          // not yet
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('api did not become healthy');
    },
    async cleanUp() {
      for (const c of children) c.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1500));
      await admin(`DROP DATABASE IF EXISTS "navdesk_bench_${runId}" WITH (FORCE)`).catch(() => undefined);
      const redis = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
      await redis.connect().catch(() => undefined);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.REDIS_PREFIX}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}
