import { z } from 'zod';
import { isCalendarIsoTime } from '../iso-time';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '../pagination';

/**
 * The one source of every request and answer shape: TypeScript types (`z.input`/`z.output`), the server's
 * validation and the OpenAPI document all come from these schemas. A schema with `.meta({ id })` is one
 * named component of the document.
 *
 * Answers are strict objects: the document says `additionalProperties: false`, so a field added in code and
 * not here fails the conformance test. Requests are strict too: an unknown field is a 400 naming it.
 */
export const isoDateTime = () => z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date-time' });
export const isoDate = () => z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD' });
/** A real calendar date or date-time a client sends (2026-02-30 is refused, not rolled over to March). */
export const calendarTime = (options: { dateOnly?: boolean } = {}) =>
  z.string().refine((v) => isCalendarIsoTime(v, options), { error: `must be a real ${options.dateOnly ? 'date (YYYY-MM-DD)' : 'ISO 8601 date or time'}` });

/** A person named in an answer: their id and display name. */
export const personRef = () => z.strictObject({ id: z.guid(), name: z.string() });

export const uuid = () => z.guid({ error: 'must be a UUID' });
/**
 * A message for a value of the wrong type only (`z.string({ error: wrongType('must be text') })`): a schema's own
 * `error` would also replace its limits' messages, and a missing field stays `is required`.
 */
export const wrongType =
  (message: string) =>
  (issue: { code?: string; input?: unknown }): string | undefined =>
    issue.code === 'invalid_type' && issue.input !== undefined ? message : undefined;

export const ApiErrorDetailSchema = z.strictObject({ field: z.string(), message: z.string() }).meta({ id: 'ApiErrorDetail' });

export const ApiErrorSchema = z
  .strictObject({
    statusCode: z.int(),
    error: z.string(),
    message: z.string(),
    details: z.array(ApiErrorDetailSchema).optional(),
  })
  .meta({ id: 'ApiError', description: 'The one error shape every API failure uses (contract: Conventions).' });

/** The contract's keyset page; each list's OpenAPI schema is this one with its `items` typed. */
export const KeysetPageSchema = z
  .strictObject({
    items: z.array(z.unknown()),
    nextCursor: z.string().nullable().meta({ description: 'Pass back as `?cursor=` for the next page; null at the end.' }),
  })
  .meta({ id: 'KeysetPage', description: 'Keyset page (contract: Conventions, Pagination).' });

export const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

/** `?limit=&cursor=` of every list. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
  // Room for the longest key a list gives out: 400 characters of text (up to 4 bytes each) and a uuid, base64url.
  cursor: z.string().max(2400).optional().meta({ description: 'nextCursor of the previous page' }),
});
