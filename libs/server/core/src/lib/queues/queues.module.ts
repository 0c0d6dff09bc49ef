import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { DEFAULT_JOB_OPTIONS } from './queue-defaults';
import { QueueErrorsReporter } from './queue-errors.reporter';
import { redisOptionsFromUrl } from './redis-connection';

/** BullMQ's root: one connection config, one key prefix, shared defaults. Domains register their queues. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisOptionsFromUrl(config.REDIS_URL),
        prefix: `${config.REDIS_PREFIX}:bull`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    DiscoveryModule,
  ],
  providers: [QueueErrorsReporter],
  exports: [BullModule],
})
export class QueuesModule {}
