#!/usr/bin/env node
// Runs the whole product from the built apps: creates the two database roles and the database when
// missing, starts the api (which migrates as the owner role and, in demo mode, seeds an empty database),
// waits for it to be healthy, then starts the worker; both connect as the runtime role. Used by `npm start` (port 3000, database navdesk) and by the end-to-end tests
// (`--e2e`: port 3100, a fresh database and Redis prefix, both removed on exit; E2E_PORT=3150 moves the
// api to 3150, the worker to 3151 and the simulator to 3450, so a suite runs beside another checkout's).
// In demo mode it also starts the programme simulator and points its engagement feed at the api (the demo
// integration keys).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startEngagementFeed } from './demo-feed.mjs';
import { ensureLocalServices } from './local-services.mjs';
import { RUNTIME_NODE_FLAGS } from './runtime-node-flags.mjs';

const require = createRequire(import.meta.url);
const Redis = require('ioredis');
const { Client } = require('pg');

const e2e = process.argv.includes('--e2e');
const runId = `${Date.now().toString(36)}${process.pid}`;
const env = { ...process.env };
if (e2e) {
  // As apps/console-e2e/src/support/stack-urls.ts: the api on E2E_PORT (3100), the simulator 300 above.
  const e2ePort = Number(env.E2E_PORT || '3100');
  if (!Number.isInteger(e2ePort) || e2ePort < 1 || e2ePort > 65_235) throw new Error(`E2E_PORT must be a port number, not "${env.E2E_PORT}"`);
  env.PORT ??= String(e2ePort);
  // Its own worker port too, so the end-to-end stack runs beside `npm start` (worker on 3001).
  env.WORKER_HTTP_PORT ??= String(e2ePort + 1);
  env.PROGRAMME_SIM_PORT ??= String(e2ePort + 300);
  env.DATABASE_URL ??= `postgres://navdesk_app@127.0.0.1:5432/navdesk_e2e_${runId}`;
  env.DATABASE_MIGRATION_URL ??= `postgres://navdesk_owner@127.0.0.1:5432/navdesk_e2e_${runId}`;
  env.REDIS_PREFIX ??= `navdesk-e2e-${runId}`;
  env.LOG_LEVEL ??= 'warn';
  env.LOGIN_IP_LIMIT_PER_MINUTE ??= '1000';
}
env.PORT ??= '3000';
env.WORKER_HTTP_PORT ??= '3001';
// The api and the worker run as the runtime role; the api migrates as the owner role (README: Database roles).
env.DATABASE_URL ??= 'postgres://navdesk_app@127.0.0.1:5432/navdesk';
env.DATABASE_MIGRATION_URL ??= ownerUrlFor(env.DATABASE_URL);
// An administrator of the server creates the roles and the database: the local superuser unless told.
const adminUrl = env.NAVDESK_ADMIN_URL ?? `postgres://postgres@${new URL(env.DATABASE_URL).host}/postgres`;
env.REDIS_URL ??= 'redis://127.0.0.1:6379';
env.DEMO_SEED ??= env.NODE_ENV === 'production' ? 'false' : 'true';
// The digital programme's stand-in runs beside Navdesk in demo mode (never in production).
env.PROGRAMME_SIM_PORT ??= e2e ? '3400' : '3300';
const withSimulator = env.DEMO_SEED === 'true';
// The demo's metrics token (as docker-compose.demo.env's): public, so only ever a default in demo mode.
if (withSimulator) env.METRICS_TOKEN ??= 'navdesk-demo-metrics-token';
if (withSimulator) {
  env.PROGRAMME_API_URL ??= `http://localhost:${env.PROGRAMME_SIM_PORT}`;
  // Demo and e2e: see a reset complete within seconds of the simulated patient logging in.
  env.RESETS_TRACK_EVERY_MS ??= e2e ? '1000' : '5000';
  // Demo and e2e: reports follow the tickets within seconds, not the production minute.
  env.REPORTS_REFRESH_EVERY_MS ??= e2e ? '2000' : '10000';
}

const say = (line) => process.stdout.write(`${line}\n`);

/** As migrationUrlOf in @navdesk/server/core: DATABASE_URL as the user navdesk_owner, no password. */
function ownerUrlFor(databaseUrl) {
  const url = new URL(databaseUrl);
  url.username = 'navdesk_owner';
  url.password = '';
  return url.toString();
}

function databaseOf(databaseUrl) {
  return { name: decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) };
}

/** Connected as the administrator to the maintenance database (or, with `inside`, to Navdesk's own). */
async function withAdmin(databaseUrl, work, inside = false) {
  const { name } = databaseOf(databaseUrl);
  if (!/^[a-zA-Z0-9_-]+$/.test(name)) throw new Error(`DATABASE_URL names an unusable database: ${name}`);
  const url = new URL(adminUrl);
  url.pathname = inside ? `/${name}` : '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

const ident = (name) => `"${name.replace(/"/g, '""')}"`;
const literal = (value) => `'${value.replace(/'/g, "''")}'`;

/**
 * The owner and the runtime role (the users of DATABASE_MIGRATION_URL and DATABASE_URL), created when
 * missing with the URLs' passwords: they log in and can do nothing else (as tools/db/init-roles.sh).
 * An existing role is never altered; one that is a superuser is named, since it defeats the point.
 */
async function ensureRoles() {
  const roles = [env.DATABASE_MIGRATION_URL, env.DATABASE_URL].map((u) => new URL(u)).map((u) => ({ name: decodeURIComponent(u.username), password: decodeURIComponent(u.password) }));
  await withAdmin(env.DATABASE_URL, async (client) => {
    for (const role of roles) {
      const found = await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [role.name]);
      if (found.rowCount) {
        if (found.rows[0].rolsuper) say(`Warning: the database role ${role.name} is a superuser; the api and worker should run as a role that owns nothing (README: Database roles)`);
        continue;
      }
      await client.query(`CREATE ROLE ${ident(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${role.password ? ` PASSWORD ${literal(role.password)}` : ''}`);
      say(`Created database role ${role.name}`);
    }
  });
}

async function ensureDatabase() {
  const owner = decodeURIComponent(new URL(env.DATABASE_MIGRATION_URL).username);
  const created = await withAdmin(env.DATABASE_URL, async (client, name) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${ident(name)} OWNER ${ident(owner)}`);
    say(`Created database ${name}, owned by ${owner}`);
    return true;
  });
  if (created) return;
  // A database from before the two roles: everything in it belongs to whoever migrated it then.
  await withAdmin(
    env.DATABASE_URL,
    async (client, name) => {
      const stray = await client.query(
        `SELECT pg_get_userbyid(d.datdba) <> $1
             OR EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> $1) AS stray
           FROM pg_database d WHERE d.datname = current_database()`,
        [owner],
      );
      if (!stray.rows[0].stray) return;
      await client.query(`SELECT set_config('navdesk.owner_role', $1, false)`, [owner]);
      await client.query(readFileSync(new URL('../db/adopt-schema.sql', import.meta.url), 'utf8'));
      say(`Handed database ${name} to the owner role ${owner} (tools/db/adopt-schema.sql)`);
    },
    true,
  );
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

/**
 * One attempt with a short timeout, before anything starts: a missing Redis, or one that may evict
 * queue keys, is one line here rather than a stack trace from every queue of the api and the worker.
 * (The api and the worker check the same at their own start: redisPreflight in @navdesk/server/core.)
 */
async function redisProblem() {
  const where = new URL(env.REDIS_URL).host;
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, disconnectTimeout: 0, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let cause;
  redis.on('error', (e) => (cause ??= e.message));
  let timer;
  const deadline = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 2000 ms')), 2_000)));
  try {
    try {
      await Promise.race([redis.connect().then(() => redis.ping()), deadline]);
    } catch (e) {
      return `Cannot reach Redis at ${where} (REDIS_URL): ${cause ?? e.message}; start it (docker compose up -d redis, or redis-server --maxmemory-policy noeviction) or point REDIS_URL at one.`;
    }
    let policy;
    try {
      const reply = await Promise.race([redis.config('GET', 'maxmemory-policy'), deadline]);
      policy = Array.isArray(reply) ? String(reply[1] ?? '') : '';
    } catch (e) {
      return `Redis at ${where} (REDIS_URL): cannot read maxmemory-policy (${e.message}); set it to noeviction and allow CONFIG GET.`;
    }
    return policy === 'noeviction'
      ? null
      : `Redis at ${where} (REDIS_URL): maxmemory-policy is "${policy || 'unknown'}"; queues need "noeviction" (redis-server --maxmemory-policy noeviction, or CONFIG SET maxmemory-policy noeviction).`;
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

async function waitForHealth(url, child, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(url);
      if (res.ok) return true;
      // `degraded`: a schedule is late, which the worker (started after this wait) puts right.
      if (res.status === 503 && (await res.json().catch(() => ({}))).status === 'degraded') return true;
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
  const child = spawn(process.execPath, ['--enable-source-maps', ...RUNTIME_NODE_FLAGS, script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
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

const servicesTrouble = await ensureLocalServices({ databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL, say });
if (servicesTrouble) {
  say(servicesTrouble);
  process.exit(1);
}

const redisTrouble = await redisProblem();
if (redisTrouble) {
  say(redisTrouble);
  process.exit(1);
}

try {
  await ensureRoles();
  await ensureDatabase();
} catch (e) {
  say(`Cannot prepare PostgreSQL at ${new URL(env.DATABASE_URL).host} (roles and database, as ${decodeURIComponent(new URL(adminUrl).username)}): ${e.message}`);
  say('Start it (see README: docker compose up -d postgres redis), or set NAVDESK_ADMIN_URL to an administrator of it (README: Database roles), and try again.');
  process.exit(1);
}

const api = start('api', 'dist/apps/api/main.js');
const base = `http://localhost:${env.PORT}`;
if (!(await waitForHealth(`${base}/api/health`, api))) {
  say('The api did not become healthy; see the log above.');
  await stop(1);
}
start('worker', 'dist/apps/worker/main.js');
if (withSimulator) {
  const simBase = `http://localhost:${env.PROGRAMME_SIM_PORT}`;
  const simulator = start('programme simulator', 'dist/apps/programme-sim/main.js');
  if (await waitForHealth(simBase, simulator, 30)) {
    await startEngagementFeed({ simBase, navdeskUrl: base, databaseUrl: env.DATABASE_URL, simKey: env.PROGRAMME_SIM_API_KEY, trickleEveryMs: e2e ? 5_000 : 30_000, say });
  } else say('Engagement feed not started: the programme simulator did not come up');
}

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
if (env.METRICS_TOKEN) say(`Metrics for Prometheus: curl -H 'Authorization: Bearer ${env.METRICS_TOKEN}' ${base}/metrics (the worker's on http://localhost:${env.WORKER_HTTP_PORT}/metrics)`);
say(`Queue dashboard (admins): Admin → Open queue dashboard, or ${base}/admin/queues once opened from there`);
say('API docs at ' + `${base}/api/docs` + ' · Ctrl+C stops everything');
