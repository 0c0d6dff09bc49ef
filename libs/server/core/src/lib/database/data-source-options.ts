import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import type { AppConfig } from '../config/config.schema';

type ClassList = NonNullable<DataSourceOptions['entities']>;
type MigrationList = NonNullable<DataSourceOptions['migrations']>;

/**
 * The one shape of every Navdesk connection: the CLI, the api, the worker and the tests all build
 * their DataSource here. Schema changes go through migrations only.
 */
export function buildDataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  entities: ClassList,
  migrations: MigrationList,
  applicationName = 'navdesk',
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    // TypeORM's logger prints query parameters, which may hold patient refs: errors surface as exceptions instead.
    logging: false,
    applicationName,
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5_000 },
  };
}
