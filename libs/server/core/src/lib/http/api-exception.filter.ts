import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import type { ApiError, ApiErrorDetail } from '@navdesk/contracts';
import { classifyPostgresError } from './postgres-errors';
import { currentRequestContext } from './request-context';
import { InvalidInputException } from './validation.pipe';

/** body-parser's errors carry `status` and `type` rather than being HttpExceptions. */
interface BodyParserError {
  status: number;
  type: string;
  message: string;
}

function isBodyParserError(e: unknown): e is BodyParserError {
  return typeof e === 'object' && e !== null && 'type' in e && 'status' in e && typeof (e as BodyParserError).status === 'number';
}

const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.too.large': 'Request body is too large',
  'entity.parse.failed': 'Request body is not valid JSON',
  'encoding.unsupported': 'Request body encoding is not supported',
  'charset.unsupported': 'Request body charset is not supported',
};

/** One error shape for every failure (contract: Conventions); never a 500 for a client's mistake. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    const pg = classifyPostgresError(exception);
    // Two transactions met (a deadlock): nothing was written; the client may send it again at once.
    if (pg?.status === HttpStatus.SERVICE_UNAVAILABLE) this.logger.warn(`request ${currentRequestContext().requestId ?? '-'}: Postgres ${pg.code} at ${pg.where}, answered 503 to be retried`);
    // A check we missed: Postgres refused the client's value. Logged (names only, never the value) to add the check.
    else if (pg) this.logger.warn(`request ${currentRequestContext().requestId ?? '-'}: Postgres refused input (${pg.code} at ${pg.where}), answered ${pg.status}`);
    // A bug gets its stack; a dependency that is down (503 and the like) one line.
    else if (body.statusCode === 500) this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    else if (body.statusCode > 500) this.logger.warn(`${body.statusCode}: ${body.message}`);
    if (res.headersSent) return;
    const retryAfter = (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    if (body.statusCode === HttpStatus.TOO_MANY_REQUESTS && typeof retryAfter === 'number') res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    if (pg?.status === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', '1');
    res.status(body.statusCode).json(body);
  }

  toApiError(exception: unknown): ApiError {
    if (exception instanceof InvalidInputException) {
      return this.shape(HttpStatus.BAD_REQUEST, exception.message, exception.details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : this.messageOf(response, exception.message);
      const details = typeof response === 'object' && response !== null && 'details' in response ? (response as { details: ApiErrorDetail[] }).details : undefined;
      return this.shape(status, message, details);
    }
    if (isBodyParserError(exception) && exception.status >= 400 && exception.status < 500) {
      return this.shape(exception.status, BODY_PARSER_MESSAGES[exception.type] ?? exception.message);
    }
    const pg = classifyPostgresError(exception);
    if (pg?.status === HttpStatus.BAD_REQUEST) return this.shape(pg.status, 'A value in the request is not valid for its field');
    if (pg?.status === HttpStatus.CONFLICT) return this.shape(pg.status, 'This conflicts with a record that already exists');
    if (pg?.status === HttpStatus.SERVICE_UNAVAILABLE) return this.shape(pg.status, 'The request met another one in the database and was not stored; send it again');
    return this.shape(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side; it has been logged');
  }

  private messageOf(response: object, fallback: string): string {
    const message = (response as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    return typeof message === 'string' ? message : fallback;
  }

  private shape(statusCode: number, message: string, details?: ApiErrorDetail[]): ApiError {
    const error = STATUS_CODES[statusCode] ?? 'Error';
    return details?.length ? { statusCode, error, message, details } : { statusCode, error, message };
  }
}
