import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, redisPreflight, type AppConfig } from '@navdesk/server/core';
import { ApiModule, configureApi } from '@navdesk/server/runtime';

async function bootstrap(config: AppConfig): Promise<void> {
  // One line, before any queue or client connects: Redis unreachable, or a policy that may evict queue keys.
  const redisProblem = await redisPreflight(config.REDIS_URL);
  if (redisProblem) {
    process.stderr.write(`Navdesk api cannot start. ${redisProblem}\n`);
    process.exit(1);
  }
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  configureApi(app, config);
  await app.listen(config.PORT);
  process.stdout.write(`Navdesk api listening on http://localhost:${config.PORT}\n`);
}

let config: AppConfig;
try {
  config = loadConfig(process.env);
} catch (e) {
  process.stderr.write(`${e instanceof ConfigError ? e.message : String(e)}\n`);
  process.exit(1);
}
bootstrap(config).catch((e: Error) => {
  process.stderr.write(`Navdesk api failed to start: ${e.message}\n`);
  process.exit(1);
});
