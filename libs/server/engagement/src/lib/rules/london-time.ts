import { addDays, fromLocal, isoDate, toLocal, type LocalDate } from '@navdesk/server/core';

/** Europe/London calendar arithmetic for the engagement rules, on core's time-zone helpers. */

export const LONDON = 'Europe/London';
export const MS_PER_DAY = 86_400_000;

export type { LocalDate } from '@navdesk/server/core';
export { addDays, isoDate, isoWeekday } from '@navdesk/server/core';

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The London wall-clock reading at instant `at`, to the millisecond. */
export function toLondon(at: Date): LocalDateTime {
  return { ...toLocal(at, LONDON), millisecond: ((at.getTime() % 1000) + 1000) % 1000 };
}

/**
 * The instant when London clocks read the given local time (a wall time skipped by the
 * spring-forward gap resolves to the equivalent instant after the jump).
 */
export function fromLondon(local: LocalDate & Partial<Omit<LocalDateTime, keyof LocalDate>>): Date {
  return fromLocal(local, LONDON);
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
