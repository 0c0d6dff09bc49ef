import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 with the seconds to wait; ApiExceptionFilter sends them as `Retry-After`. */
export class RetryLaterException extends HttpException {
  constructor(readonly retryAfterSeconds: number, message: string) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
