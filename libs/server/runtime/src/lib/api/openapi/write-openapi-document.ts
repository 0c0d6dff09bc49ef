import { NestFactory } from '@nestjs/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiModule } from '../api.module';
import { API_PREFIX } from '../configure-api';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The document `/api/docs-json` serves, written to a file without a database or Redis: Nest's preview mode
 * reads the modules' routes and instantiates no provider. For the lint and the client generator.
 */
export async function writeOpenApiDocument(file: string, publicUrl: string): Promise<void> {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix(API_PREFIX);
  const document = buildOpenApiDocument(app, publicUrl);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}
