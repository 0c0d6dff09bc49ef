// `docker compose config` on both files, where Compose v2 is installed: the default file resolves with
// every secret given and is refused without them; the demo and the observability profile resolve. Debian 12
// packages only Compose v1 (docker-compose 1.29), which cannot read this format (a top-level `name`), so on
// such a machine this says so in one line and dclint plus compose-secrets.mjs are the check.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const version = spawnSync('docker', ['compose', 'version', '--short'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  process.stdout.write('docker compose config: skipped, Compose v2 is not installed here (Debian 12 offers only v1, which cannot read these files); dclint and compose-secrets checked them\n');
  process.exit(0);
}

const SECRETS = ['POSTGRES_PASSWORD', 'DATABASE_OWNER_PASSWORD', 'DATABASE_APP_PASSWORD', 'TOKEN_PEPPER', 'EXPORT_LINK_SECRET', 'PROGRAMME_API_URL', 'PROGRAMME_API_KEY', 'METRICS_TOKEN'];
const given = Object.fromEntries(SECRETS.map((name) => [name, name === 'PROGRAMME_API_URL' ? 'https://programme.example' : `${name.toLowerCase()}-set-for-the-check-0123456789`]));
const bare = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SECRETS.includes(name)));
const problems = [];

function compose(args, env) {
  return spawnSync('docker', ['compose', ...args, 'config', '--quiet'], { cwd: root, env: { ...bare, ...env }, encoding: 'utf8' });
}

const withSecrets = compose(['-f', 'docker-compose.yml', '--profile', 'observability'], given);
if (withSecrets.status !== 0) problems.push(`docker-compose.yml with every secret set: ${withSecrets.stderr.trim()}`);
const without = compose(['-f', 'docker-compose.yml'], {});
if (without.status === 0) problems.push('docker-compose.yml resolves with no secrets set; it must refuse');
const demo = compose(['--env-file', 'docker-compose.demo.env', '-f', 'docker-compose.yml', '-f', 'docker-compose.demo.yml', '--profile', 'observability'], {});
if (demo.status !== 0) problems.push(`the demo (docker-compose.demo.yml with docker-compose.demo.env): ${demo.stderr.trim()}`);

if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`docker compose config (Compose ${version.stdout.trim()}): the default file, the demo and the observability profile resolve; the default refuses to start without its secrets\n`);
