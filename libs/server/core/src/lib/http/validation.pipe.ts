import { BadRequestException, ParseUUIDPipe, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { z } from 'zod';
import type { ApiErrorDetail } from '@navdesk/contracts';
import { describeIssue, issuesToDetails } from './zod-issues';

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

/** A NUL (Postgres text cannot store one) or a lone surrogate (Postgres jsonb refuses `\ud800`, e.g. in an audit row). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NOT_TEXT = { test: (s: string): boolean => s.includes('\u0000') || LONE_SURROGATE.test(s) };

/** The path of the first string (or key) that is not valid text, or null. */
export function findInvalidText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return NOT_TEXT.test(value) ? path || 'body' : null;
  if (typeof value !== 'object' || value === null || depth > 32) return null;
  for (const [key, item] of Object.entries(value)) {
    const child = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (NOT_TEXT.test(key)) return child;
    const found = findInvalidText(item, child, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A DTO class made by nestjs-zod's `createZodDto` (its `isZodDto`, which the package exports only under a subpath). */
function zodSchemaOf(metatype: unknown): z.ZodType | null {
  const dto = metatype as { isZodDto?: unknown; schema?: unknown } | undefined;
  return typeof metatype === 'function' && dto?.isZodDto === true ? (dto.schema as z.ZodType) : null;
}

/** A zod DTO's schema (from `@navdesk/contracts/schemas`) parses the argument: its output is what the handler gets. */
function parseWithSchema(schema: z.ZodType, value: unknown, metadata: ArgumentMetadata): unknown {
  // No body at all reads as an empty one (as class-validator had it), so a body of optional fields may be left out.
  const input = metadata.type === 'body' && value === undefined ? {} : value;
  const result = schema.safeParse(input, { error: describeIssue });
  if (!result.success) throw new InvalidInputException(issuesToDetails(result.error.issues, metadata.data ?? metadata.type));
  return result.data;
}

/**
 * Validates every argument, DTO-typed or not: text that Postgres cannot store is a 400 naming its field. A zod
 * DTO is parsed by its schema; a class-validator DTO (the programme simulator's, which is not the Navdesk API) by class-validator.
 */
class NavdeskValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = findInvalidText(value, metadata.data ?? '');
      if (field) throw new InvalidInputException([{ field, message: `${field} must be text without NUL characters or lone surrogates` }]);
      const schema = zodSchemaOf(metadata.metatype);
      if (schema) return parseWithSchema(schema, value, metadata);
    }
    return super.transform(value, metadata);
  }
}

/** Unknown fields rejected, payloads transformed to DTO classes, errors naming their field. */
export function createValidationPipe(): ValidationPipe {
  return new NavdeskValidationPipe({
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
