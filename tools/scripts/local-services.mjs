// `npm start` on a machine without PostgreSQL or Redis running: with Docker there, start the compose
// file's own two (`docker compose up -d postgres redis`, with the demo's env file) and wait for them;
// without it, one line that says what is missing. Only for services on this machine (localhost).
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True when something accepts a TCP connection at host:port within a second. */
function listening(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host: host.replace(/^\[|\]$/g, ''), port, timeout: 1_000 });
    const done = (up) => {
      socket.destroy();
      resolve(up);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

const endpoint = (url, defaultPort) => {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || defaultPort) };
};

/** Compose v2 and a running engine, or why not. */
function dockerProblem() {
  const compose = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' });
  if (compose.error) return 'Docker is not installed';
  if (compose.status !== 0) return 'Docker is installed without Compose v2 (docker compose)';
  const info = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 });
  return info.status === 0 ? null : 'Docker is installed but its engine is not running';
}

/**
 * Returns null when PostgreSQL and Redis accept connections (started here if need be), or the one line
 * to print when they do not.
 */
export async function ensureLocalServices({ databaseUrl, redisUrl, say }) {
  const wanted = [
    { name: 'postgres', label: 'PostgreSQL', ...endpoint(databaseUrl, 5432) },
    { name: 'redis', label: 'Redis', ...endpoint(redisUrl, 6379) },
  ];
  const missing = [];
  for (const s of wanted) if (!(await listening(s.host, s.port))) missing.push(s);
  if (!missing.length) return null;
  const where = missing.map((s) => `${s.label} at ${s.host}:${s.port}`).join(' and ');
  if (missing.some((s) => !LOCAL.has(s.host))) return `${where} not reachable; start it, or point DATABASE_URL / REDIS_URL at one that runs.`;
  const problem = dockerProblem();
  if (problem) return `${where} not running, and ${problem}: start ${missing.length > 1 ? 'them' : 'it'} yourself (README: Quick start) and run npm start again.`;
  say(`${where} not running: starting ${missing.map((s) => s.name).join(' and ')} with docker compose (the demo's settings, ports on 127.0.0.1)…`);
  const up = spawnSync('docker', ['compose', '--env-file', 'docker-compose.demo.env', 'up', '-d', '--wait', ...missing.map((s) => s.name)], { stdio: 'inherit' });
  if (up.status !== 0) return `docker compose up -d ${missing.map((s) => s.name).join(' ')} failed (see above).`;
  for (let i = 0; i < 60; i++) {
    const still = [];
    for (const s of missing) if (!(await listening(s.host, s.port))) still.push(s);
    if (!still.length) return null;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  return `${where} did not start within a minute of docker compose up.`;
}
