import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, redisPreflight, type AppConfig } from '@navdesk/server/core';
import { ApiModule, configureApi, writeOpenApiDocument } from '@navdesk/server/runtime';

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

/** `node main.js openapi <file>`: write the OpenAPI document and exit (no database, no Redis). */
async function openApiOnly(file: string): Promise<void> {
  await writeOpenApiDocument(file, process.env['PUBLIC_URL'] ?? 'http://localhost:3000');
  process.stdout.write(`OpenAPI document written to ${file}\n`);
}

if (process.argv[2] === 'openapi') {
  openApiOnly(process.argv[3] ?? 'dist/openapi/navdesk-api.json').catch((e: Error) => {
    process.stderr.write(`Navdesk could not write its OpenAPI document: ${e.message}\n`);
    process.exit(1);
  });
} else {
  start();
}

function start(): void {
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
}
