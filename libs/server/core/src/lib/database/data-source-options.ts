import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.schema';
import { migrationUrlOf, runtimeRoleOf } from './database-roles';
import { SnakeNamingStrategy } from './snake-naming.strategy';

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
  return postgresOptions(config.DATABASE_URL, { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5_000 }, entities, migrations, applicationName);
}

/**
 * The migration step's connection: the owner role (DATABASE_MIGRATION_URL), one connection, and the
 * runtime role's name as the session setting `navdesk.runtime_role`, which the grants in the
 * migrations read (LeastPrivilegeRoles).
 */
export function buildMigrationDataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_MIGRATION_URL'>,
  entities: ClassList,
  migrations: MigrationList,
  applicationName = 'navdesk-migrations',
): DataSourceOptions {
  // libpq's options string: a backslash escapes spaces and backslashes inside a value.
  const role = runtimeRoleOf(config).replace(/[\\\s]/g, (c) => `\\${c}`);
  return postgresOptions(migrationUrlOf(config), { max: 1, connectionTimeoutMillis: 5_000, options: `-c navdesk.runtime_role=${role}` }, entities, migrations, applicationName);
}

function postgresOptions(url: string, extra: Record<string, string | number>, entities: ClassList, migrations: MigrationList, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
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
    extra,
  };
}
