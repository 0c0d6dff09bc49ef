/**
 * Europe/London calendar arithmetic using only Intl (no tz library is installed).
 * Local dates are plain {year, month, day} values; instants are JS Dates.
 * (The same technique as the tickets rules' time-zone helper; domain libs may not import each other.)
 */

export const LONDON = 'Europe/London';
export const MS_PER_DAY = 86_400_000;

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The London wall-clock reading at instant `at`. */
export function toLondon(at: Date): LocalDateTime {
  const out: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(at)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out['year'],
    month: out['month'],
    day: out['day'],
    hour: out['hour'] % 24,
    minute: out['minute'],
    second: out['second'],
    millisecond: ((at.getTime() % 1000) + 1000) % 1000,
  };
}

/** London offset (local minus UTC, in ms) in force at `epochMs`. */
function offsetAt(epochMs: number): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const l = toLondon(new Date(wholeSecond));
  return (
    Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) -
    wholeSecond
  );
}

/**
 * The instant when London clocks read the given local time.
 * Two passes because the offset at the guess may differ from the offset at the answer near a clock change.
 * A wall time skipped by the spring-forward gap resolves to the equivalent instant after the jump.
 */
export function fromLondon(
  local: LocalDate & Partial<Omit<LocalDateTime, keyof LocalDate>>,
): Date {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour ?? 0,
    local.minute ?? 0,
    local.second ?? 0,
    local.millisecond ?? 0,
  );
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const js = new Date(
    Date.UTC(date.year, date.month - 1, date.day),
  ).getUTCDay();
  return js === 0 ? 7 : js;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  };
}

export function isoDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** The London calendar day of an instant, 'YYYY-MM-DD'. */
export function londonDay(at: Date): string {
  return isoDate(toLondon(at));
}

/** Whole London calendar days from `a`'s date to `b`'s date (negative when `b` is earlier). */
export function calendarDaysBetween(a: Date, b: Date): number {
  const da = toLondon(a);
  const db = toLondon(b);
  return Math.round(
    (Date.UTC(db.year, db.month - 1, db.day) -
      Date.UTC(da.year, da.month - 1, da.day)) /
      MS_PER_DAY,
  );
}

/** `at` moved by whole London calendar days, keeping the wall-clock time (so 09:00 stays 09:00 across BST changes). */
export function addLondonDays(at: Date, days: number): Date {
  const local = toLondon(at);
  return fromLondon({ ...local, ...addDays(local, days) });
}

/** The last millisecond (23:59:59.999 London) of a local date. */
export function endOfLondonDay(date: LocalDate): Date {
  return new Date(fromLondon(addDays(date, 1)).getTime() - 1);
}

const dayMonthFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  day: 'numeric',
  month: 'short',
});

/** A date as a navigator reads it, e.g. "17 Nov" (London calendar day). */
export function formatDay(at: Date): string {
  return dayMonthFormatter.format(at);
}

/** Whole 24-hour periods from `from` to `to` (rounded down; negative when `to` is earlier). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / MS_PER_DAY);
}

/** "1 day", "3 days". */
export function plural(
  count: number,
  singular: string,
  pluralForm = `${singular}s`,
): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
