import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiExceptionFilter, createValidationPipe, noStoreMiddleware, requestContextMiddleware, type AppConfig } from '@navdesk/server/core';
import { mountApiMetrics } from '@navdesk/server/metrics';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { mountQueueDashboard } from './queue-dashboard/mount-queue-dashboard';

export const API_PREFIX = 'api';
const JSON_LIMIT = '1mb';
/** A batch of 5,000 engagement events needs more room than any person's request (contract: 10 MiB; bytes' mb is MiB). */
const ENGAGEMENT_BATCH_LIMIT = '10mb';

/**
 * Everything main.ts and the integration tests share: middleware order, limits, validation,
 * OpenAPI and the built console. Kept in one place so tests exercise the real app.
 */
export function configureApi(app: NestExpressApplication, config: AppConfig): INestApplication {
  app.useLogger(app.get(Logger));
  // First: the latency histogram times every request; GET /metrics sits outside /api with its own token.
  mountApiMetrics(app, config.METRICS_TOKEN);
  // A hop count or the proxies' addresses (never `true`): req.ip is then the right-most address no trusted
  // proxy vouches for, and it is the one address the sign-in limiter, sessions and the audit log use.
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(`/${API_PREFIX}`, noStoreMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'], 'connect-src': ["'self'"] },
      },
    }),
  );
  app.use(`/${API_PREFIX}/engagement/events`, answeringParseErrors(express.json({ limit: ENGAGEMENT_BATCH_LIMIT })));
  app.use(answeringParseErrors(express.json({ limit: JSON_LIMIT })));
  app.use(answeringParseErrors(express.urlencoded({ limit: JSON_LIMIT, extended: false })));
  app.use(requestContextMiddleware);
  // After the request context (its audit rows carry the request's id and address), under the console's CSP.
  mountQueueDashboard(app);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app, config.PUBLIC_URL);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });

  serveConsole(app, config);
  return app;
}

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

/**
 * Body-parser failures happen before Nest's filters see the request: answer them here, in the
 * contract's error shape (413 over the limit, 400 for broken JSON).
 */
export function answeringParseErrors(parser: Middleware): Middleware {
  const errors = new ApiExceptionFilter();
  return (req, res, next) =>
    parser(req, res, (err?: unknown) => {
      if (!err) return next();
      const body = errors.toApiError(err);
      res.status(body.statusCode).json(body);
    });
}

/** Same origin by default: the built console at `/`, with client-side routes falling back to index.html. */
function serveConsole(app: NestExpressApplication, config: AppConfig): void {
  const dist = resolve(config.CONSOLE_DIST);
  if (!existsSync(join(dist, 'index.html'))) return;
  for (const middleware of consoleMiddleware(dist)) app.use(middleware);
}

/**
 * Paths the server answers outside the console: the API, Prometheus' scrape and the queue dashboard
 * (`/admin/*` is otherwise a console route, so the dashboard's path must win over the page fallback).
 */
export const SERVER_PATHS = [`/${API_PREFIX}`, '/metrics', '/admin/queues'] as const;

/** The console's files, then its page for any other GET; neither ever answers a server path. */
export function consoleMiddleware(dist: string): Middleware[] {
  const index = join(dist, 'index.html');
  const isApi = (req: Request): boolean => SERVER_PATHS.some((p) => req.path === p || req.path.startsWith(`${p}/`));
  const files = express.static(dist, { index: false, maxAge: '1h' });
  return [
    // The API never serves a file: skip the file-system look-up (a stat per request) on its routes.
    (req, res, next) => (isApi(req) ? next() : files(req, res, next)),
    (req, res, next) => {
      if (req.method !== 'GET' || isApi(req)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    },
  ];
}
