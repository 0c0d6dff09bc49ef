import { InjectionToken } from '@angular/core';
import type { ReportInterval } from '@navdesk/contracts';

/** Reports count London calendar days, whatever the browser's clock says. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's London date, YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}

/** Today's London date; tests provide a fixed one. */
export const REPORTS_TODAY = new InjectionToken<() => string>('REPORTS_TODAY', {
  providedIn: 'root',
  factory: () => () => londonToday(),
});

function toUtc(date: string): number {
  const m = DATE_PATTERN.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value) return false;
  const ms = toUtc(value);
  return !Number.isNaN(ms) && fromUtc(ms) === value;
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** The same day `months` months away, or that month's last day when it has fewer days. */
export function addMonths(date: string, months: number): string {
  const at = new Date(toUtc(date));
  const target = new Date(
    Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  return fromUtc(target.getTime());
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

const DAY_WORDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
});
const SHORT_DAY_YEAR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: '2-digit',
});
const MONTH = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'short',
  year: 'numeric',
});

/** "Tue 9 Dec 2025". */
export function formatDay(date: string): string {
  const ms = toUtc(date);
  if (Number.isNaN(ms)) return date;
  const parts = Object.fromEntries(
    DAY_WORDS.formatToParts(ms).map((part) => [part.type, part.value]),
  );
  return `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}`;
}

/** A bucket's label on a chart: "2 Mar" (or "2 Mar 26" across years), "Mar 2026" for months. */
export function bucketLabel(
  start: string,
  interval: ReportInterval,
  withYear = false,
): string {
  const ms = toUtc(start);
  if (Number.isNaN(ms)) return start;
  if (interval === 'month') return MONTH.format(ms);
  return (withYear ? SHORT_DAY_YEAR : SHORT_DAY).format(ms);
}

/** What a chart table's first column is called for an interval. */
export const BUCKET_HEADINGS: Record<ReportInterval, string> = {
  day: 'Day',
  week: 'Week starting',
  month: 'Month',
};

/** Whether dates span more than one calendar year (labels then need the year). */
export function spansYears(dates: readonly string[]): boolean {
  return new Set(dates.map((date) => date.slice(0, 4))).size > 1;
}
