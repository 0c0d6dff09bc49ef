// The images run the api and the worker with the same V8 flags as npm start and the benchmarks
// (runtime-node-flags.mjs): the Dockerfile repeats them, and this fails when the two part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_NODE_FLAGS } from './runtime-node-flags.mjs';

const dockerfile = readFileSync(join(import.meta.dirname, '..', '..', 'Dockerfile'), 'utf8');
const problems = [];
for (const app of ['api', 'worker']) {
  const cmd = dockerfile.split('\n').find((line) => line.startsWith('CMD ') && line.includes(`dist/apps/${app}/main.js`));
  if (!cmd) problems.push(`no CMD runs dist/apps/${app}/main.js`);
  else for (const flag of RUNTIME_NODE_FLAGS) if (!cmd.includes(`"${flag}"`)) problems.push(`the ${app} CMD lacks ${flag}`);
}
if (problems.length) {
  process.stderr.write(`Dockerfile and tools/scripts/runtime-node-flags.mjs disagree:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`Dockerfile: api and worker run with ${RUNTIME_NODE_FLAGS.join(' ')}\n`);
