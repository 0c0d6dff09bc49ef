#!/usr/bin/env node
// The demo's engagement feed: points the programme simulator's feed at Navdesk, each service's patients
// under its demo integration key. `npm start` calls startEngagementFeed; the demo compose stack runs this
// file as its one-shot `demo-feed` service (env: DATABASE_URL, NAVDESK_URL, PROGRAMME_SIM_URL,
// PROGRAMME_SIM_API_KEY, DEMO_FEED_TRICKLE_MS), which waits for both to be up and exits 0 once the feed runs.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

// The demo seeder's key for a service's programme feed: the same formula as demoProgrammeKey in
// libs/server/demo/src/lib/demo-integration-keys.ts (documented in the README).
const demoProgrammeKey = (serviceCode) => `ndk_navdesk-demo-programme-${serviceCode.toLowerCase()}`;
const DEMO_PROGRAMME_KEY_NAME = 'Digital programme (demo)';
const DEFAULT_SIM_KEY = 'programme-sim-development-key';

/** True once `url` answers 2xx (or the api's 503 `degraded`: a late schedule the worker puts right). */
export async function isUp(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    if (res.ok) return true;
    return res.status === 503 && (await res.json().catch(() => ({}))).status === 'degraded';
  } catch {
    return false;
  }
}

/** Each keyed service's demo key and patient refs, and the services with patients but no demo key. */
async function feedServices(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT s.code, p.ref, EXISTS (SELECT 1 FROM integration_keys k WHERE k.service_id = s.id AND k.name = $1 AND k.revoked_at IS NULL) AS keyed
         FROM patients p JOIN services s ON s.id = p.service_id ORDER BY s.code, p.ref`,
      [DEMO_PROGRAMME_KEY_NAME],
    );
    const services = new Map();
    const unkeyed = new Set();
    for (const { code, ref, keyed } of rows) {
      if (!keyed) {
        unkeyed.add(code);
        continue;
      }
      if (!services.has(code)) services.set(code, { key: demoProgrammeKey(code), patientRefs: [] });
      services.get(code).patientRefs.push(ref);
    }
    return { services: [...services.values()], unkeyed: [...unkeyed] };
  } finally {
    await client.end();
  }
}

/**
 * Starts the feed; returns true when the simulator took it. Never throws: a problem is one line
 * (Navdesk runs on without engagement events).
 */
export async function startEngagementFeed({ simBase, navdeskUrl, databaseUrl, simKey, trickleEveryMs, say }) {
  try {
    const { services, unkeyed } = await feedServices(databaseUrl);
    if (unkeyed.length) say(`Engagement feed: no demo integration key for ${unkeyed.join(', ')} (a database seeded before the keys existed); those services get no events`);
    if (!services.length) {
      say('Engagement feed not started: no patients under a demo integration key');
      return false;
    }
    const res = await fetch(`${simBase}/admin/feed`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${simKey?.trim() || DEFAULT_SIM_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ navdeskUrl, services, historyWeeks: 12, trickleEveryMs }),
    });
    if (!res.ok) {
      say(`Engagement feed not started: the simulator answered ${res.status} to PUT /admin/feed`);
      return false;
    }
    const patients = services.reduce((n, s) => n + s.patientRefs.length, 0);
    say(`Engagement feed: the simulator sends 12 weeks of engagement for ${patients} patients in ${services.length} services to ${navdeskUrl}, then new events every ${trickleEveryMs / 1000} s`);
    return true;
  } catch (e) {
    say(`Engagement feed not started: ${e.message}`);
    return false;
  }
}

/** The compose service: wait up to two minutes for the simulator and Navdesk (seeded), then start the feed. */
async function main() {
  const say = (line) => process.stdout.write(`${line}\n`);
  const env = process.env;
  const simBase = env.PROGRAMME_SIM_URL ?? 'http://programme-sim:3300';
  const navdeskUrl = env.NAVDESK_URL ?? 'http://api:3000';
  if (!env.DATABASE_URL) {
    say('demo-feed: set DATABASE_URL to Navdesk’s database');
    process.exit(1);
  }
  const deadline = Date.now() + 120_000;
  while (!((await isUp(simBase)) && (await isUp(`${navdeskUrl}/api/health`)))) {
    if (Date.now() > deadline) {
      say(`demo-feed: ${simBase} or ${navdeskUrl} did not come up in two minutes`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const started = await startEngagementFeed({
    simBase,
    navdeskUrl,
    databaseUrl: env.DATABASE_URL,
    simKey: env.PROGRAMME_SIM_API_KEY,
    trickleEveryMs: Number(env.DEMO_FEED_TRICKLE_MS ?? 30_000),
    say,
  });
  process.exit(started ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
