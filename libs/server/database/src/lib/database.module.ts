import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, buildDataSourceOptions, runMigrations, type AppConfig } from '@navdesk/server/core';
import { ALL_MIGRATIONS } from '../migrations';
import { ALL_ENTITIES } from './entities';

/**
 * The apps' connection, as the runtime role (DATABASE_URL). Only the api migrates at start
 * (DATABASE_RUN_MIGRATIONS), on a connection of its own as the owner role (DATABASE_MIGRATION_URL),
 * before its pool opens; the worker never migrates.
 */
@Module({})
export class DatabaseModule {
  static forApp(appName: 'api' | 'worker') {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            if (appName === 'api' && config.DATABASE_RUN_MIGRATIONS) await runMigrations(config, ALL_ENTITIES, ALL_MIGRATIONS);
            return { ...buildDataSourceOptions(config, ALL_ENTITIES, ALL_MIGRATIONS, `navdesk-${appName}`), retryAttempts: 3, retryDelay: 1_000 };
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
