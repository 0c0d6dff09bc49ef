import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { assignRequestId } from '../http/request-id';
import { safeUrlForLogs } from './redact';

/**
 * Structured JSON logs. Each request gets an id (a caller's `X-Request-Id` when it looks sane), echoed
 * in the response. Tokens, cookies and bodies are never logged; URLs lose their query strings.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Express 5 path syntax (the default '*' is the legacy form and warns).
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.LOG_LEVEL,
          // The same id as the audit rows' (the request context may have assigned it already).
          genReqId: (req: IncomingMessage, res: ServerResponse) => assignRequestId(req, res),
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: safeUrlForLogs(req.url) }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        },
      }),
    }),
  ],
})
export class AppLoggingModule {}
