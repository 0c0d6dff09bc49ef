// Small measuring helpers shared by the queue benchmarks.
import { readFileSync } from 'node:fs';

export const say = (s) => process.stdout.write(`${s}\n`);

/** Nearest-rank percentile of `xs` (p in 0–100). */
export function pct(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const perSecond = (count, ms) => (count * 1000) / ms;

/**
 * Polls `probe` until it returns a truthy value, every `everyMs`; throws naming `what` after `timeoutMs`.
 * Only for noticing that something finished: every figure is read from timestamps, not from when the poll saw it.
 */
export async function until(what, probe, { everyMs = 250, timeoutMs = 30 * 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Resident set size of a process, in KiB (Linux /proc). */
export function rssKiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.replace(/\D+/g, ''));
}

/** The soft limit on open files of a process (Linux /proc). */
export function openFilesLimit(pid) {
  const line = readFileSync(`/proc/${pid}/limits`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  return line.split(/\s{2,}/)[1];
}

/** Connection options for BullMQ and ioredis from a redis:// URL. */
export function redisOptions(redisUrl) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname && url.pathname !== '/' ? Number(url.pathname.slice(1)) : 0,
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
