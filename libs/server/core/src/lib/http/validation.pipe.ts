import { BadRequestException, ParseUUIDPipe, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorDetail } from '@navdesk/contracts';

/** Flattens class-validator's tree into `{field, message}` with dotted paths (`sessions.0.startsAt`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: message.replace(/^property /, '') }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Raised for bad input; carries the details the error filter puts in the response. */
export class InvalidInputException extends BadRequestException {
  constructor(readonly details: ApiErrorDetail[]) {
    const fields = [...new Set(details.map((d) => d.field))];
    super(`Invalid ${fields.join(', ')}: ${details.map((d) => d.message).join('; ')}`);
  }
}

/** Unknown fields rejected, payloads transformed to DTO classes, errors naming their field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputException(flattenValidationErrors(errors)),
  });
}

/** `@Param('id', uuidParam('id'))`: a malformed id is a 400 naming the parameter, not a 500 from Postgres. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputException([{ field, message: `${field} must be a UUID` }]) });
}
