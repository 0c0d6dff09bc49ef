import type { ScheduleTimes } from '@navdesk/server/core';

/**
 * Seconds since a schedule last ran successfully; one that has not yet succeeded counts from when a worker
 * registered it (the same starting point as the lateness check of /api/health).
 */
export function secondsSinceLastRun(times: Pick<ScheduleTimes, 'registeredAt' | 'lastSucceededAt'>, now: Date): number {
  const since = times.lastSucceededAt ?? times.registeredAt;
  return Math.max(0, now.getTime() - since.getTime()) / 1000;
}
