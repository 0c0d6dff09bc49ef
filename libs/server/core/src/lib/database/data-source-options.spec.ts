import type { DataSourceOptions } from 'typeorm';
import { buildDataSourceOptions, buildMigrationDataSourceOptions } from './data-source-options';

/** The URL and pool settings of a Postgres data source's options. */
function connection(options: DataSourceOptions): { url?: string; extra?: unknown } {
  if (options.type !== 'postgres') throw new Error(`not postgres: ${options.type}`);
  return { url: options.url, extra: options.extra };
}

describe('data source options', () => {
  it('connects the apps as DATABASE_URL, without the runtime-role setting', () => {
    const options = connection(buildDataSourceOptions({ DATABASE_URL: 'postgres://navdesk_app@db/navdesk', DATABASE_POOL_SIZE: 7 }, [], []));
    expect(options.url).toBe('postgres://navdesk_app@db/navdesk');
    expect(options.extra).toEqual({ max: 7, connectionTimeoutMillis: 5_000 });
  });

  it('migrates as the owner role on one connection, telling the migrations who the runtime role is', () => {
    const options = connection(buildMigrationDataSourceOptions({ DATABASE_URL: 'postgres://app%20role:s@db/navdesk', DATABASE_MIGRATION_URL: 'postgres://owner:o@db/navdesk' }, [], []));
    expect(options.url).toBe('postgres://owner:o@db/navdesk');
    expect(options.extra).toMatchObject({ max: 1, options: '-c navdesk.runtime_role=app\\ role' });
  });
});
