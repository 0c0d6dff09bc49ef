#!/usr/bin/env node
// Runs the whole product from the built apps: creates the database when missing, starts the api
// (which migrates and, in demo mode, seeds an empty database), waits for it to be healthy, then starts
// the worker. Used by `npm start` (port 3000, database navdesk) and by the end-to-end tests
// (`--e2e`: port 3100, a fresh database and Redis prefix, both removed on exit).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const Redis = require('ioredis');

const e2e = process.argv.includes('--e2e');
const runId = `${Date.now().toString(36)}${process.pid}`;
const env = { ...process.env };
if (e2e) {
  env.PORT ??= '3100';
  env.DATABASE_URL ??= `postgres://postgres@127.0.0.1:5432/navdesk_e2e_${runId}`;
  env.REDIS_PREFIX ??= `navdesk-e2e-${runId}`;
  env.LOG_LEVEL ??= 'warn';
  env.LOGIN_IP_LIMIT_PER_MINUTE ??= '1000';
}
env.PORT ??= '3000';
env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/navdesk';
env.REDIS_URL ??= 'redis://127.0.0.1:6379';
env.DEMO_SEED ??= env.NODE_ENV === 'production' ? 'false' : 'true';
// The digital programme's stand-in runs beside Navdesk in demo mode (never in production).
env.PROGRAMME_SIM_PORT ??= e2e ? '3400' : '3300';
const withSimulator = env.DEMO_SEED === 'true';
if (withSimulator) {
  env.PROGRAMME_API_URL ??= `http://localhost:${env.PROGRAMME_SIM_PORT}`;
  // Demo and e2e: see a reset complete within seconds of the simulated patient logging in.
  env.RESETS_TRACK_EVERY_MS ??= e2e ? '1000' : '5000';
}

const say = (line) => process.stdout.write(`${line}\n`);

function adminUrl(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  return { name, url: url.toString() };
}

async function withAdmin(databaseUrl, work) {
  const { name, url } = adminUrl(databaseUrl);
  if (!/^[a-zA-Z0-9_-]+$/.test(name)) throw new Error(`DATABASE_URL names an unusable database: ${name}`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

async function ensureDatabase() {
  await withAdmin(env.DATABASE_URL, async (client, name) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) {
      await client.query(`CREATE DATABASE "${name}"`);
      say(`Created database ${name}`);
    }
  });
}

async function cleanUp() {
  if (!e2e) return;
  await withAdmin(env.DATABASE_URL, (client, name) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => undefined);
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.REDIS_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // best effort
  } finally {
    redis.disconnect();
  }
}

async function waitForHealth(url, child, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const children = [];
let stopping = false;

function start(name, script) {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped (${signal ?? code}); stopping Navdesk`);
      void stop(code || 1);
    }
  });
  children.push(child);
  return child;
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.filter((c) => c.exitCode === null).map((c) => new Promise((resolve) => {
      c.once('exit', resolve);
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 15_000).unref();
    })),
  );
  await cleanUp();
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

for (const file of ['dist/apps/api/main.js', 'dist/apps/worker/main.js', 'dist/apps/console/browser/index.html', 'dist/apps/programme-sim/main.js']) {
  if (!existsSync(file)) {
    say(`Missing ${file}: build first (npm run build)`);
    process.exit(1);
  }
}

try {
  await ensureDatabase();
} catch (e) {
  say(`Cannot reach PostgreSQL at ${new URL(env.DATABASE_URL).host}: ${e.message}`);
  say('Start it (see README: docker compose up -d postgres redis) and try again.');
  process.exit(1);
}

const api = start('api', 'dist/apps/api/main.js');
const base = `http://localhost:${env.PORT}`;
if (!(await waitForHealth(`${base}/api/health`, api))) {
  say('The api did not become healthy; see the log above.');
  await stop(1);
}
start('worker', 'dist/apps/worker/main.js');
if (withSimulator) start('programme simulator', 'dist/apps/programme-sim/main.js');

say('');
say(`Navdesk is running at ${base}`);
if (env.DEMO_SEED === 'true') {
  say('Demo sign-ins (password for all: navdesk-demo):');
  say('  admin       admin@navdesk.test');
  say('  navigators  nav1@navdesk.test … nav3@navdesk.test');
  say('  PWPs        pwp01@navdesk.test … pwp13@navdesk.test');
  say('  managers    manager1@navdesk.test (services 1–3), manager2@navdesk.test (4–6)');
}
if (withSimulator) say(`Programme simulator (demo) at http://localhost:${env.PROGRAMME_SIM_PORT}: open it to play the patient (log in after a reset)`);
say('API docs at ' + `${base}/api/docs` + ' · Ctrl+C stops everything');
