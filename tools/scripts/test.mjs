#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
// lint → architecture diagram current → type checks → compose file → unit → integration (real Postgres + Redis) → build →
// OpenAPI (the built api's document linted, the typed client generated, the README's example type-checked against it) → end to end (Chromium).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

const steps = [
  ['lint', 'npm run lint'],
  ['architecture', 'npm run docs:architecture:check'],
  ['typecheck', 'npm run typecheck'],
  ['compose', 'npm run compose:check'],
  ['unit', 'npm run test:unit'],
  ['integration', 'npm run test:integration'],
  ['build', 'npm run build'],
  ['openapi', 'npm run openapi:check'],
  ['e2e', 'npm run test:e2e'],
];
const only = process.argv.slice(2);
const chosen = only.length ? steps.filter(([name]) => only.includes(name)) : steps;

const results = [];
for (const [name, command] of chosen) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}: ${command}\n`);
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit', env });
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ name, ok: status === 0, seconds });
  if (status !== 0) break;
}

process.stdout.write('\n=== summary\n');
for (const r of results) process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)\n`);
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`steps: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed || results.length < chosen.length ? 1 : 0);
