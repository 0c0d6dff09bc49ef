import { z } from 'zod';
import type { Page } from '@navdesk/contracts';
import { isCalendarIsoTime } from '@navdesk/contracts';
import { InvalidInputException } from './validation.pipe';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Postgres keeps timestamps between 4713 BC and 294276 AD; JS Dates and ISO strings stay within years 1–9999 here. */
const CURSOR_NUMBER_BOUND = 1e12;

/**
 * The value types a keyset cursor may hold. Each is checked as strictly as the column it is compared
 * with, so a forged cursor is a 400 on `cursor` and never reaches Postgres as a bad cast.
 */
export const cursorPart = {
  uuid: z.string().regex(UUID),
  time: z.string().refine((s) => isCalendarIsoTime(s)),
  /** A sort key that coalesces a missing time to ±infinity (e.g. tickets without an SLA yet). */
  timeOrInfinity: z.string().refine((s) => s === 'infinity' || s === '-infinity' || isCalendarIsoTime(s)),
  /** Text compared with a text column; Postgres text cannot hold NUL. */
  text: z.string().max(400).refine((s) => !s.includes('\u0000')),
  number: z.number().finite().min(-CURSOR_NUMBER_BOUND).max(CURSOR_NUMBER_BOUND),
} as const;

type Parts = [z.ZodType, ...z.ZodType[]];
export type CursorKey<P extends Parts> = z.output<z.ZodTuple<P, null>>;

/**
 * One list's keyset cursor: the sort key of the last row, as base64url-encoded JSON, typed and validated
 * by the shape the list declares, e.g. `defineCursor(cursorPart.time, cursorPart.uuid)`.
 */
export class PageCursor<P extends Parts> {
  private readonly schema: z.ZodTuple<P, null>;

  constructor(parts: P) {
    this.schema = z.tuple(parts);
  }

  /** null when there is no cursor; a 400 naming `cursor` when it is not one this list gave out. */
  decode(cursor: string | undefined): CursorKey<P> | null {
    if (cursor === undefined || cursor === '') return null;
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      raw = undefined;
    }
    const parsed = this.schema.safeParse(raw);
    if (!parsed.success) throw new InvalidInputException([{ field: 'cursor', message: 'cursor is not one this list gave out' }]);
    return parsed.data;
  }

  encode(key: CursorKey<P>): string {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
  }

  /** A page from `limit + 1` fetched rows, with the next cursor only when there are more. */
  page<T, V>(rows: T[], limit: number, view: (row: T) => V, keyOf: (row: T) => CursorKey<P>): Page<V> {
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    const last = pageRows[pageRows.length - 1];
    return { items: pageRows.map(view), nextCursor: more && last !== undefined ? this.encode(keyOf(last)) : null };
  }
}

export function defineCursor<P extends Parts>(...parts: P): PageCursor<P> {
  return new PageCursor(parts);
}
