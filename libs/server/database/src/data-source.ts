// The TypeORM CLI's data source (migration:generate, migration:run, schema:log): the migration step's
// options, as the owner role (DATABASE_MIGRATION_URL), so what the CLI creates the owner owns.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildMigrationDataSourceOptions, loadConfig } from '@navdesk/server/core';
import { ALL_ENTITIES } from './lib/entities';
import { ALL_MIGRATIONS } from './migrations';

export default new DataSource(buildMigrationDataSourceOptions(loadConfig(process.env), ALL_ENTITIES, ALL_MIGRATIONS, 'navdesk-cli'));
