#!/usr/bin/env node
// Type-checks every project's app, lib and spec sources (strict, no emit), each file under its own project's
// tsconfig options. Configs with identical options share one program, so a lib imported by twenty projects is
// parsed a handful of times and checked once, not twenty times. Programs run in worker threads, a few at a time.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { ownersModuleSystems, planPrograms } from '../typecheck/plan-programs.mjs';
import { projectConfigs } from '../typecheck/project-configs.mjs';

// Each worker holds a whole program (~0.6 GB for the server); more than four buys little and costs memory.
const PARALLEL = Math.max(1, Math.min(availableParallelism(), 4));

const configs = projectConfigs();
const programs = planPrograms(configs);
const owners = ownersModuleSystems(programs);

const check = (program) =>
  new Promise((resolve, reject) => {
    const { rootNames, options, ownedFiles } = program;
    const worker = new Worker(new URL('../typecheck/check-program.mjs', import.meta.url), { workerData: { rootNames, options, ownedFiles, ownersModuleSystems: owners } });
    worker.once('message', (result) => resolve({ program, ...result }));
    worker.once('error', reject);
    // A worker killed for memory exits without a message; fail rather than wait forever.
    worker.once('exit', (code) => reject(new Error(`type-check worker for ${program.configPaths[0]} exited with code ${code}`)));
  });

const queue = [...programs];
const results = [];
await Promise.all(
  Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    while (queue.length) results.push(await check(queue.shift()));
  }),
);

const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' };
const configErrors = configs.flatMap((c) => c.errors.map((d) => ts.formatDiagnostic(d, formatHost)));
const errors = [...new Set([...configErrors, ...results.flatMap((r) => r.errors)])];
for (const r of results) {
  const names = r.program.configPaths.length > 2 ? `${r.program.configPaths[0]} and ${r.program.configPaths.length - 1} more` : r.program.configPaths.join(', ');
  process.stdout.write(`${r.errors.length ? '✗' : '✓'} ${names}: ${r.checked} files checked (${r.loaded} loaded) in ${r.seconds.toFixed(1)}s\n`);
  for (const file of r.unlisted) process.stdout.write(`  also checked ${file}: no tsconfig lists it\n`);
}
process.stdout.write(errors.join(''));
const files = Object.keys(owners).length;
process.stdout.write(`typecheck: ${files} files from ${configs.length} tsconfigs in ${programs.length} programs, ${errors.length ? `${errors.length} errors` : 'clean'}\n`);
process.exit(errors.length ? 1 : 0);
