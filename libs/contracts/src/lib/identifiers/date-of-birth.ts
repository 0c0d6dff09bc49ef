import type { IdentifierMatch } from './identifier-kinds';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** Not glued to a word, a number or a hyphenated token (version 1.2.34, uuids, module ids). */
const BEFORE = '(?<![\\w@£$€])(?<![\\w][-./])(?<!\\d:)';
const AFTER = '(?![\\w%@])(?![-./:]\\w)';

interface DateShape {
  pattern: RegExp;
  /** Day, month (1-12), year (2 or 4 digits) and whether a cue is required to count. */
  read: (m: RegExpExecArray) => {
    day: number;
    month: number;
    year: string;
    needsCue: boolean;
  };
}

const DATE_SHAPES: DateShape[] = [
  {
    // 12/03/1984, 12-03-84, 12.03.1984; dotted two-digit years look like versions, so they need a cue.
    pattern: new RegExp(
      `${BEFORE}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${AFTER}`,
      'g',
    ),
    read: (m) => ({
      day: +m[1],
      month: +m[3],
      year: m[4],
      needsCue: m[2] === '.' && m[4].length === 2,
    }),
  },
  {
    // 1984-03-12, 1984/03/12
    pattern: new RegExp(
      `${BEFORE}(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})${AFTER}`,
      'g',
    ),
    read: (m) => ({ day: +m[4], month: +m[3], year: m[1], needsCue: false }),
  },
  {
    // 3 March 1984, 3rd of Mar 84
    pattern: new RegExp(
      `${BEFORE}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4}|'?\\d{2})${AFTER}`,
      'gi',
    ),
    read: (m) => ({
      day: +m[1],
      month: monthNumber(m[2]),
      year: m[3].replace("'", ''),
      needsCue: false,
    }),
  },
  {
    // March 3, 1984
    pattern: new RegExp(
      `${BEFORE}${MONTH_WORD}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})${AFTER}`,
      'gi',
    ),
    read: (m) => ({
      day: +m[2],
      month: monthNumber(m[1]),
      year: m[3],
      needsCue: false,
    }),
  },
];

const CUE =
  /\b(?:d\.?o\.?b|born|birthday|date\s+of\s+birth|birth\s*date|aged)\b/gi;
/** A cue counts when it ends at most this many characters before the date, with no digits between. */
const CUE_BEFORE_GAP = 16;
const CUE_AFTER = /^[\s(,:-]{0,3}(?:d\.?o\.?b|date\s+of\s+birth|birthday)\b/i;
/** Numbers after these words are versions, builds or orders, not dates. */
const NOT_A_DATE_BEFORE =
  /\b(?:version|ver|build|release|order|invoice|ref(?:erence)?)\.?\s*(?:no\.?|number)?\s*[:#]?\s*$/i;
const DATE_OF_BIRTH_AGE_YEARS = 10;

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function fullYear(year: string, now: Date): number {
  if (year.length === 4) return +year;
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  const guess = century + +year;
  return guess > now.getUTCFullYear() ? guess - 100 : guess;
}

function validDate(year: number, month: number, day: number): Date | null {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : null;
}

function hasCueBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  for (const cue of before.matchAll(CUE)) {
    const gap = before.slice((cue.index ?? 0) + cue[0].length);
    if (gap.length <= CUE_BEFORE_GAP && !/\d/.test(gap)) return true;
  }
  return false;
}

/**
 * Dates that are dates of birth: a cue (DOB, born, aged…) sits next to them, or they lie more than
 * ten years back. Session dates (recent or to come) are left alone; a future date never counts.
 */
export function findDatesOfBirth(text: string, now: Date): IdentifierMatch[] {
  const found: IdentifierMatch[] = [];
  const tenYearsAgo = new Date(now);
  tenYearsAgo.setUTCFullYear(now.getUTCFullYear() - DATE_OF_BIRTH_AGE_YEARS);
  for (const shape of DATE_SHAPES) {
    for (const m of text.matchAll(shape.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const parts = shape.read(m as RegExpExecArray);
      const date = validDate(fullYear(parts.year, now), parts.month, parts.day);
      if (!date || date > now) continue;
      const cued = hasCueBefore(text, start) || CUE_AFTER.test(text.slice(end));
      if (
        !cued &&
        (parts.needsCue ||
          NOT_A_DATE_BEFORE.test(text.slice(Math.max(0, start - 20), start)))
      )
        continue;
      if (cued || date < tenYearsAgo)
        found.push({ kind: 'date_of_birth', start, end });
    }
  }
  return found;
}
