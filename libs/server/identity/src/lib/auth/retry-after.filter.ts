import { ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExceptionFilter } from '@navdesk/server/core';
import { SignInPausedException, TooManyAttemptsException } from './login-throttle';

/** Adds `Retry-After` to throttled (429) and paused (503) sign-ins, then answers in the usual error shape. */
@Catch(TooManyAttemptsException, SignInPausedException)
export class RetryAfterFilter implements ExceptionFilter {
  private readonly shape = new ApiExceptionFilter();

  catch(exception: TooManyAttemptsException | SignInPausedException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(exception.retryAfterSeconds));
    this.shape.catch(exception, host);
  }
}
