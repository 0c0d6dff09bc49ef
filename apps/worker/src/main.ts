import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig, redisPreflight, type AppConfig } from '@navdesk/server/core';
import { WorkerHttpServer } from '@navdesk/server/metrics';
import { WorkerModule } from '@navdesk/server/runtime';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    fail(e instanceof ConfigError ? e.message : String(e));
  }
  // One line, before any queue connects: Redis unreachable, or a policy that may evict queue keys.
  const redisProblem = await redisPreflight(config.REDIS_URL);
  if (redisProblem) fail(`Navdesk worker cannot start. ${redisProblem}`);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT close the BullMQ workers, which wait for their active jobs to finish.
  app.enableShutdownHooks();
  await app.init();
  process.stdout.write(`Navdesk worker running (metrics and health on port ${app.get(WorkerHttpServer).port})\n`);
}

bootstrap().catch((e: Error) => fail(`Navdesk worker failed to start: ${e.message}`));
