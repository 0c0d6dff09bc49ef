// How far the worker has got with a set of tickets: those of one service created since a moment.
import { until } from './measure.mjs';

/** Postgres's clock now (a ticket's created_at is Postgres's; its triaged_at the worker's; same machine). */
export async function dbNow(db) {
  return (await db.query('SELECT now() AS now')).rows[0].now;
}

/** Tickets of `serviceId` created since `since`: how many, how many not triaged yet, the first and last triaged_at. */
export async function triageProgress(db, serviceId, since) {
  const { rows } = await db.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE triaged_at IS NULL)::int AS pending, min(triaged_at) AS first, max(triaged_at) AS last
       FROM tickets WHERE service_id = $1 AND created_at >= $2`,
    [serviceId, since],
  );
  return rows[0];
}

/**
 * Waits until all `count` tickets of the set are triaged; resolves to their progress (with `first`/`last`).
 * Gives up only when nothing has been triaged for `stallMs`, so a slow machine is measured, not cut short.
 */
export function allTriaged(db, serviceId, since, count, { onPoll, everyMs = 500, stallMs = 5 * 60_000 } = {}) {
  let lastPending = Infinity;
  let lastMove = Date.now();
  return until(
    `${count} tickets to be triaged`,
    async () => {
      const progress = await triageProgress(db, serviceId, since);
      await onPoll?.(progress);
      if (progress.pending < lastPending) [lastPending, lastMove] = [progress.pending, Date.now()];
      else if (Date.now() - lastMove > stallMs) throw new Error(`no ticket triaged for ${stallMs / 1000} s (${progress.pending} of ${count} waiting)`);
      return progress.total >= count && progress.pending === 0 ? progress : null;
    },
    { everyMs, timeoutMs: Infinity },
  );
}
