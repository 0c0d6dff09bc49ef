#!/usr/bin/env node
// Type-checks every project's app, lib and spec sources with tsc (strict, no emit), two at a time.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function projects(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || name === 'node_modules') continue;
    if (existsSync(join(path, 'project.json'))) found.push(path);
    else found.push(...projects(path));
  }
  return found;
}

const configs = [...projects('apps'), ...projects('libs')]
  .flatMap((p) => ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json', 'tsconfig.json'].map((c) => join(p, c)))
  .filter((c) => existsSync(c) && !(c.endsWith('tsconfig.json') && existsSync(c.replace('tsconfig.json', 'tsconfig.app.json'))) && !(c.endsWith('/tsconfig.json') && existsSync(c.replace('tsconfig.json', 'tsconfig.lib.json'))));
configs.push('tsconfig.integration.json');

// Angular specs compile for Jest as CommonJS; type-check them with the resolution Angular's packages need.
const extraArgs = (config) => (config.includes('console') && config.endsWith('tsconfig.spec.json') ? ['--module', 'preserve', '--moduleResolution', 'bundler'] : []);

const run = (config) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', config, ...extraArgs(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ config, code, out }));
  });

const queue = [...configs];
const failures = [];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) {
      const result = await run(queue.shift());
      if (result.code !== 0) failures.push(result);
    }
  }),
);
for (const f of failures) process.stdout.write(`✗ ${f.config}\n${f.out}\n`);
process.stdout.write(`typecheck: ${configs.length - failures.length} of ${configs.length} configs clean\n`);
process.exit(failures.length ? 1 : 0);
