import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { checkRedisEvictionPolicy, ConfigError, loadConfig, redisOptionsFromUrl, type AppConfig } from '@navdesk/server/core';
import { WorkerModule } from '@navdesk/server/runtime';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Refuse to start on a Redis that may evict queue keys. */
async function assertRedisKeepsJobs(config: AppConfig): Promise<void> {
  const redis = new Redis({ ...redisOptionsFromUrl(config.REDIS_URL), lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: () => null });
  redis.on('error', () => undefined); // reported below, once
  try {
    await redis.connect();
    const problem = await checkRedisEvictionPolicy(redis);
    if (problem) fail(`Navdesk worker refuses to start: ${problem}`);
  } catch (e) {
    fail(`Navdesk worker cannot reach Redis at ${new URL(config.REDIS_URL).host}: ${(e as Error).message}`);
  } finally {
    redis.disconnect();
  }
}

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    fail(e instanceof ConfigError ? e.message : String(e));
  }
  await assertRedisKeepsJobs(config);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT close the BullMQ workers, which wait for their active jobs to finish.
  app.enableShutdownHooks();
  await app.init();
  process.stdout.write('Navdesk worker running\n');
}

bootstrap().catch((e: Error) => fail(`Navdesk worker failed to start: ${e.message}`));
