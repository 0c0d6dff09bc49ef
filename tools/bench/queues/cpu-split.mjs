// Where a phase's CPU went, per job (or per request), between two snapshots: Redis (INFO cpu, instance-wide),
// Postgres (the processes named postgres on this machine, with what ended backends used), the worker and the
// api (one process each, when given) and the machine as a whole (/proc/stat). It explains a ratio rather
// than being one: bench:queues' triage/no-op ratio and bench:intake's intake/bare ratio are bounded by what
// each ticket costs the processes that share the two cores.
import { readdirSync, readFileSync } from 'node:fs';
import { infoField } from './redis-figures.mjs';

/** Linux's clock ticks per second for /proc's CPU times (USER_HZ, 100 on every mainstream build). */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name (which may itself hold spaces or parentheses), or null when it has gone. */
function statFields(pid) {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ');
  } catch {
    return null;
  }
}

/** utime + stime of a process, in seconds, or 0 when it has gone. */
function processCpuSeconds(pid) {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : 0;
}

/**
 * Every postgres process's utime + stime, plus cutime + cstime: what the backends that have ended used, which
 * the postmaster gathers as it reaps them (a pooled backend closed mid-run would otherwise be lost).
 */
function postgresCpuSeconds() {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue; // the process ended between the listing and the read
    }
    const f = statFields(pid);
    if (f) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** The machine's busy and total CPU seconds since boot, all cores together. */
function machineCpuSeconds() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = ticks[3] + ticks[4]; // idle + iowait
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

async function redisCpuSeconds(redis) {
  const info = await redis.info('cpu');
  return infoField(info, 'used_cpu_sys') + infoField(info, 'used_cpu_user');
}

function ownCpuSeconds() {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6;
}

/** WAL flushes so far (pg_stat_wal, the whole instance): each synchronous commit that had to wait for the disk is one. */
async function walSyncs(db) {
  const { rows } = await db.query('SELECT wal_sync::bigint AS n FROM pg_stat_wal');
  return Number(rows[0].n);
}

/**
 * A snapshot of the CPU seconds spent so far. `workerPid` may be this process (the in-process no-op worker) or
 * null (no worker running); `apiPid`, when given, adds the api; `db`, when given, Postgres' WAL flushes.
 */
export async function cpuSnapshot({ redis, workerPid = null, apiPid = null, db = null }) {
  const worker = workerPid === null ? null : workerPid === process.pid ? ownCpuSeconds() : processCpuSeconds(workerPid);
  const api = apiPid === null ? null : processCpuSeconds(apiPid);
  const walSync = db === null ? null : await walSyncs(db);
  return { redis: await redisCpuSeconds(redis), postgres: postgresCpuSeconds(), worker, api, walSync, machine: machineCpuSeconds() };
}

/**
 * Per job between two snapshots: microseconds of CPU for Redis, Postgres, the worker and the api, and WAL
 * flushes (null where not taken), and how busy the machine was.
 */
export function cpuPerJob(before, after, jobs) {
  const per = (key, scale) => (before[key] === null || after[key] === null ? null : ((after[key] - before[key]) * scale) / jobs);
  const busy = (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total);
  return { redisUs: per('redis', 1e6), postgresUs: per('postgres', 1e6), workerUs: per('worker', 1e6), apiUs: per('api', 1e6), walSyncs: per('walSync', 1), busyShare: busy };
}

/** `api 420 µs, Redis 240 µs, Postgres 310 µs (0.42 WAL flushes), worker 400 µs; machine 96 % busy` (what was taken) */
export function describeCpuPerJob(c) {
  const f = (x) => `${Math.round(x).toLocaleString('en-GB')} µs`;
  const flushes = c.walSyncs === null ? '' : ` (${c.walSyncs.toFixed(2)} WAL flushes)`;
  const parts = [c.apiUs === null ? null : `api ${f(c.apiUs)}`, `Redis ${f(c.redisUs)}`, `Postgres ${f(c.postgresUs)}${flushes}`, c.workerUs === null ? null : `worker ${f(c.workerUs)}`];
  return `${parts.filter(Boolean).join(', ')}; machine ${Math.round(c.busyShare * 100)} % busy`;
}
