// Where a phase's CPU went, per job, between two snapshots: Redis (INFO cpu, instance-wide), Postgres (the
// processes named postgres on this machine; a backend that ends between the two is missed, and the product's
// are pooled), the worker (one process) and the machine as a whole (/proc/stat). It explains a ratio rather than being one: the triage/no-op ratio is bounded by what each job
// costs the processes the two workers share.
import { readdirSync, readFileSync } from 'node:fs';
import { infoField } from './redis-figures.mjs';

/** Linux's clock ticks per second for /proc's CPU times (USER_HZ, 100 on every mainstream build). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process, in seconds, or 0 when it has gone. */
function processCpuSeconds(pid) {
  try {
    // The fields after the command name, which may itself hold spaces or parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop().split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function postgresCpuSeconds() {
  let seconds = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') seconds += processCpuSeconds(pid);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return seconds;
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

/** A snapshot of the CPU seconds spent so far; `workerPid` may be this process (the in-process no-op worker). */
export async function cpuSnapshot(redis, workerPid) {
  const own = process.cpuUsage();
  const worker = workerPid === process.pid ? (own.user + own.system) / 1e6 : processCpuSeconds(workerPid);
  return { redis: await redisCpuSeconds(redis), postgres: postgresCpuSeconds(), worker, machine: machineCpuSeconds() };
}

/** Microseconds of CPU per job between two snapshots, for Redis, Postgres and the worker, and how busy the machine was. */
export function cpuPerJob(before, after, jobs) {
  const us = (key) => ((after[key] - before[key]) * 1e6) / jobs;
  const busy = (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total);
  return { redisUs: us('redis'), postgresUs: us('postgres'), workerUs: us('worker'), busyShare: busy };
}

/** `Redis 240 µs, Postgres 310 µs, worker 400 µs; machine 96 % busy` */
export function describeCpuPerJob(c) {
  const f = (x) => `${Math.round(x).toLocaleString('en-GB')} µs`;
  return `Redis ${f(c.redisUs)}, Postgres ${f(c.postgresUs)}, worker ${f(c.workerUs)}; machine ${Math.round(c.busyShare * 100)} % busy`;
}
