// The TypeORM CLI's data source (migration:generate, migration:run, schema:log). Same options as the apps.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '@navdesk/server/core';
import { ALL_ENTITIES } from './lib/entities';
import { ALL_MIGRATIONS } from './migrations';

export default new DataSource(buildDataSourceOptions(loadConfig(process.env), ALL_ENTITIES, ALL_MIGRATIONS, 'navdesk-cli'));
