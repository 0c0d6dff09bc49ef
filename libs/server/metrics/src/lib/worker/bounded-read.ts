import type { DataSource, EntityManager } from 'typeorm';

/**
 * A scrape-time read in its own short transaction whose statements Postgres cancels after `ms`: a slow
 * query gives its connection back to the pool instead of piling up behind Prometheus' next scrapes.
 */
export function readBounded<T>(dataSource: DataSource, ms: number, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [String(ms)]);
    return read(manager);
  });
}
