// Checks what dclint cannot (there is no Docker engine here to run `docker compose config`):
// docker-compose.yml is production-safe — production mode, no demo data, no simulator, and every
// secret required with ${VAR:?message}, never defaulted — and the demo (docker-compose.demo.yml with
// docker-compose.demo.env) still resolves. Interpolation follows Compose's rules for ${…} forms.
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const read = (file) => readFileSync(join(root, file), 'utf8');
const REQUIRED = ['TOKEN_PEPPER', 'EXPORT_LINK_SECRET', 'PROGRAMME_API_URL', 'PROGRAMME_API_KEY'];
const SECRET_NAME = /PASSWORD|SECRET|PEPPER|_KEY$|TOKEN/;
const DEV_VALUES = ['navdesk-development-pepper-not-for-production', 'navdesk-development-export-links-not-for-production', 'programme-sim-development-key', 'navdesk-demo'];
const problems = [];

/** Compose interpolation: returns the text with variables replaced, and the required ones missing. */
function interpolate(text, env) {
  const missing = [];
  const out = text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g, (match, name, colon, op, arg) => {
    if (match === '$$') return '$';
    const value = env[name];
    const unset = value === undefined || (colon === ':' && value === '');
    if (op === '?' && unset) missing.push(name);
    if (op === '-' && unset) return arg;
    return value ?? '';
  });
  return { out, missing };
}

const base = read('docker-compose.yml');
const demo = read('docker-compose.demo.yml');
const demoEnv = Object.fromEntries(read('docker-compose.demo.env').split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

// 1. The default file, as written.
const spec = yaml.load(base);
if (spec.services['programme-sim']) problems.push('docker-compose.yml: the programme simulator belongs in docker-compose.demo.yml');
for (const name of ['api', 'worker']) {
  const env = spec.services[name]?.environment ?? {};
  if (env.NODE_ENV !== 'production') problems.push(`docker-compose.yml: ${name} NODE_ENV must be production, is ${env.NODE_ENV}`);
  if (String(env.DEMO_SEED ?? 'false') !== 'false') problems.push(`docker-compose.yml: ${name} must not seed demo data`);
  for (const variable of REQUIRED) {
    if (!new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`).test(String(env[variable] ?? ''))) problems.push(`docker-compose.yml: ${name} ${variable} must be \${${variable}:?message} (required, no default)`);
  }
}
// A secret anywhere (a database password inside a URL too) is required, never defaulted or written in.
for (const [service, definition] of Object.entries(spec.services)) {
  for (const [key, value] of Object.entries(definition.environment ?? {})) {
    const text = String(value);
    for (const [, variable, form] of text.matchAll(/\$\{([A-Za-z0-9_]+)([^}]*)\}/g)) {
      if (SECRET_NAME.test(variable) && !form.startsWith(':?')) problems.push(`docker-compose.yml: ${service} ${key} takes ${variable} with a default; require it with \${${variable}:?message}`);
    }
    if (SECRET_NAME.test(key) && !text.includes('${')) problems.push(`docker-compose.yml: ${service} ${key} is written in the file; require it with \${${key}:?message}`);
  }
}
for (const value of DEV_VALUES) if (base.includes(value)) problems.push(`docker-compose.yml: contains the development value ${value}`);

// 2. Brought up with no secrets, Compose refuses, naming each one.
const bare = interpolate(base, {});
for (const variable of REQUIRED) if (!bare.missing.includes(variable)) problems.push(`docker-compose.yml: starts without ${variable}`);

// 3. The demo resolves with its env file, and is the demo.
for (const [file, text] of [['docker-compose.yml', base], ['docker-compose.demo.yml', demo]]) {
  const { missing } = interpolate(text, demoEnv);
  if (missing.length) problems.push(`${file}: the demo leaves ${[...new Set(missing)].join(', ')} unset; add them to docker-compose.demo.env`);
}
const overlay = yaml.load(demo);
if (overlay.services.api?.environment?.NODE_ENV !== 'development' || String(overlay.services.api?.environment?.DEMO_SEED) !== 'true') problems.push('docker-compose.demo.yml: the demo api runs in development with demo data');
if (!overlay.services['programme-sim']) problems.push('docker-compose.demo.yml: the demo runs the programme simulator');

// 4. Run like a service: every service restarts, the long-running ones report health (in the file or in the
// image's HEALTHCHECK), the demo feeds engagement as `npm start` does, and no .env reaches an image.
const dockerfile = read('Dockerfile');
const imageHealth = new Set([...dockerfile.matchAll(/^FROM \S+ AS (\S+)\n(?:(?!^FROM )[\s\S])*?^HEALTHCHECK /gm)].map((m) => m[1]));
for (const [file, services] of [['docker-compose.yml', spec.services], ['docker-compose.demo.yml', overlay.services]]) {
  for (const [name, definition] of Object.entries(services)) {
    const merged = { ...(spec.services[name] ?? {}), ...definition };
    if (!merged.restart) problems.push(`${file}: ${name} has no restart policy`);
    const oneShot = merged.restart === 'on-failure' && merged.healthcheck?.disable === true;
    const target = merged.build?.target;
    if (!oneShot && !merged.healthcheck && !(target && imageHealth.has(target))) problems.push(`${file}: ${name} reports no health (a healthcheck here or a HEALTHCHECK in its image)`);
  }
}
if (!overlay.services['demo-feed']) problems.push('docker-compose.demo.yml: the demo starts the simulator\'s engagement feed (demo-feed), as npm start does');
for (const profiled of ['prometheus', 'grafana']) if (!spec.services[profiled]?.profiles?.includes('observability')) problems.push(`docker-compose.yml: ${profiled} belongs to the observability profile`);
const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
if (!ignored.includes('.env') || !ignored.includes('.env.*')) problems.push('.dockerignore: keep .env and .env.* out of the build context');

if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`compose files: every service restarts and reports health, the demo feeds engagement; production-safe by default (required secrets, refused when unset: ${[...new Set(bare.missing)].join(', ')}); the demo resolves\n`);
