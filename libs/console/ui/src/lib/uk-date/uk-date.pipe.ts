import { Pipe, PipeTransform } from '@angular/core';
import { LONDON_TIME_ZONE } from '../london-time/london-time';

/**
 * The Angular date patterns the console shows. Typed as a list so a template cannot ask for a
 * pattern this pipe does not render.
 */
export type UkDateFormat =
  | 'd MMM'
  | 'd MMM y'
  | 'd MMM, HH:mm'
  | 'd MMM, HH:mm:ss'
  | 'd MMM y, HH:mm'
  | 'd MMM y, HH:mm:ss'
  | 'EEE d MMM, HH:mm'
  | 'EEE d MMM y, HH:mm'
  | 'EEEE d MMMM y, HH:mm'
  | 'dd/MM/y, HH:mm:ss'
  | 'HH:mm'
  | 'HH:mm:ss';

export type UkDateValue = string | number | Date | null | undefined;

type Token =
  | 'EEEE'
  | 'EEE'
  | 'MMMM'
  | 'MMM'
  | 'MM'
  | 'dd'
  | 'd'
  | 'y'
  | 'HH'
  | 'mm'
  | 'ss';

// Longest first, so "MMMM" is not read as "MMM" and a literal "M".
const TOKENS = /EEEE|EEE|MMMM|MMM|MM|dd|d|y|HH|mm|ss/g;

const FIELDS: Record<
  Token,
  { part: Intl.DateTimeFormatPartTypes; options: Intl.DateTimeFormatOptions }
> = {
  EEEE: { part: 'weekday', options: { weekday: 'long' } },
  EEE: { part: 'weekday', options: { weekday: 'short' } },
  MMMM: { part: 'month', options: { month: 'long' } },
  MMM: { part: 'month', options: { month: 'short' } },
  MM: { part: 'month', options: { month: '2-digit' } },
  dd: { part: 'day', options: { day: '2-digit' } },
  d: { part: 'day', options: { day: 'numeric' } },
  y: { part: 'year', options: { year: 'numeric' } },
  HH: { part: 'hour', options: { hour: '2-digit', hourCycle: 'h23' } },
  mm: { part: 'minute', options: { minute: '2-digit' } },
  ss: { part: 'second', options: { second: '2-digit' } },
};

type Piece = { literal: string } | { part: Intl.DateTimeFormatPartTypes };

interface CompiledFormat {
  formatter: Intl.DateTimeFormat;
  pieces: Piece[];
}

const compiled = new Map<UkDateFormat, CompiledFormat>();

/** Splits a pattern into literals and fields, with one en-GB, UK-time formatter for its fields. */
function compile(format: UkDateFormat): CompiledFormat {
  const found = compiled.get(format);
  if (found) return found;
  const pieces: Piece[] = [];
  let options: Intl.DateTimeFormatOptions = { timeZone: LONDON_TIME_ZONE };
  let last = 0;
  for (const match of format.matchAll(TOKENS)) {
    if (match.index > last) {
      pieces.push({ literal: format.slice(last, match.index) });
    }
    const field = FIELDS[match[0] as Token];
    pieces.push({ part: field.part });
    options = { ...options, ...field.options };
    last = match.index + match[0].length;
  }
  if (last < format.length) pieces.push({ literal: format.slice(last) });
  const result = {
    formatter: new Intl.DateTimeFormat('en-GB', options),
    pieces,
  };
  compiled.set(format, result);
  return result;
}

/**
 * A date in UK time (Europe/London, GMT or BST as the day was), written in an Angular date pattern:
 * 2026-07-01T23:30:00Z with 'd MMM y, HH:mm' is "2 Jul 2026, 00:30", whatever the browser's zone.
 * Empty for no value or one that is not a date.
 */
export function formatUkDate(
  value: UkDateValue,
  format: UkDateFormat,
): string {
  if (value === null || value === undefined || value === '') return '';
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) return '';
  const { formatter, pieces } = compile(format);
  const parts = new Map(
    formatter.formatToParts(at).map((part) => [part.type, part.value]),
  );
  return pieces
    .map((piece) =>
      'literal' in piece ? piece.literal : (parts.get(piece.part) ?? ''),
    )
    .join('');
}

/**
 * `{{ ticket.createdAt | ukDate: 'd MMM y, HH:mm' }}`: Angular's DatePipe takes only fixed offsets,
 * so it cannot follow the UK's clock changes; this pipe can.
 */
@Pipe({ name: 'ukDate' })
export class UkDatePipe implements PipeTransform {
  transform(value: UkDateValue, format: UkDateFormat): string {
    return formatUkDate(value, format);
  }
}
