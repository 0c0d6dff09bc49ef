import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { completeOpenApiDocument } from './complete-openapi-document';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `/api/docs-json`: what outside clients (the programme's vendor, a trust's records and reporting teams) build on. */
export function buildOpenApiDocument(app: INestApplication, publicUrl: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Navdesk API')
    .setDescription('Operations console of digital navigators in NHS Talking Therapies services (contract v2). Errors share one shape, `ApiError`; lists are keyset pages, `KeysetPage`.')
    .setVersion('2')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer(publicUrl, 'This deployment')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A person’s session: the accessToken of POST /api/auth/login' }, 'bearer')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'ndk_…', description: 'A service’s integration key (Admin → Integration keys), for machine clients' }, 'integrationKey')
    .build();
  const generated = SwaggerModule.createDocument(app, config, {
    // `ticketsList`, `ticketsCreate`: stable names for generated clients.
    operationIdFactory: (controller, method) => `${lowerFirst(controller.replace(/Controller$/, ''))}${upperFirst(method)}`,
  });
  return completeOpenApiDocument(cleanupOpenApiDoc(generated));
}
