import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { redisOptionsFromUrl } from './redis-connection';

/** The shared client for Navdesk's own keys (throttling, locks, health). Queues have their own. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** Builds keys under the configured prefix, so a test run's keys never meet another's. */
@Injectable()
export class RedisKeys {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  key(...parts: string[]): string {
    return [this.config.REDIS_PREFIX, ...parts].join(':');
  }
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      // Fail fast while Redis is down (no offline queue): callers decide what a failure means.
      useFactory: (config: AppConfig) => {
        const redis = new Redis({ ...redisOptionsFromUrl(config.REDIS_URL), enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
        // ioredis reconnects by itself; say so once per outage rather than on every attempt.
        const logger = new Logger('Redis');
        let down = false;
        redis.on('error', (e: Error) => {
          if (!down) logger.warn(`Redis unreachable (${e.message}); reconnecting`);
          down = true;
        });
        redis.on('ready', () => {
          if (down) logger.log('Redis reachable again');
          down = false;
        });
        return redis;
      },
    },
    RedisKeys,
    RedisCloser,
  ],
  exports: [REDIS_CLIENT, RedisKeys],
})
export class RedisModule {}
