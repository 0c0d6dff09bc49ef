// What the backlog benchmark reads from Redis: memory and evictions (INFO, instance-wide) and the keys
// of one queue (their number and size, under its prefix).

/** A numeric field of a Redis INFO reply. */
export function infoField(info, name) {
  const line = info.split('\r\n').find((l) => l.startsWith(`${name}:`));
  if (line === undefined) throw new Error(`INFO has no ${name}`);
  return Number(line.slice(name.length + 1));
}

export async function usedMemory(redis) {
  return infoField(await redis.info('memory'), 'used_memory');
}

export async function evictedKeys(redis) {
  return infoField(await redis.info('stats'), 'evicted_keys');
}

export async function maxmemoryPolicy(redis) {
  const [, policy] = await redis.config('GET', 'maxmemory-policy');
  return policy;
}

/** How many keys start with `prefix`, and the bytes they hold (SCAN and MEMORY USAGE, so Redis is never blocked). */
export async function keysUnder(redis, prefix) {
  let cursor = '0';
  let count = 0;
  let bytes = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 5000);
    if (keys.length) {
      const sizes = await redis.pipeline(keys.map((k) => ['memory', 'usage', k])).exec();
      for (const [, size] of sizes) bytes += Number(size ?? 0);
    }
    count += keys.length;
    cursor = next;
  } while (cursor !== '0');
  return { count, bytes };
}

export const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
