import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, buildDataSourceOptions, type AppConfig } from '@navdesk/server/core';
import { ALL_MIGRATIONS } from '../migrations';
import { ALL_ENTITIES } from './entities';

/** The apps' connection. Only the api runs migrations at start (DATABASE_RUN_MIGRATIONS); the worker never. */
@Module({})
export class DatabaseModule {
  static forApp(appName: 'api' | 'worker') {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...buildDataSourceOptions(config, ALL_ENTITIES, ALL_MIGRATIONS, `navdesk-${appName}`),
            migrationsRun: appName === 'api' && config.DATABASE_RUN_MIGRATIONS,
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
