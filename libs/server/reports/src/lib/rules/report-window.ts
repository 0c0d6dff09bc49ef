import type { ApiErrorDetail, ReportInterval } from '@navdesk/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** The longest window a report covers (three years and a little). */
export const MAX_WINDOW_DAYS = 1_100;
/** Without `from`/`to`: the last 12 weeks (84 days), up to and including today. */
export const DEFAULT_WINDOW_DAYS = 84;

const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The London day after `to`: where a window with that last day ends, as an exclusive bound. */
export const dayAfter = (to: string) => addDays(to, 1);

/**
 * A report's window of London calendar days, `from` and `to` both inclusive (`to` = today counts all of
 * today), validated, with the default filled in relative to `today` (a London date).
 */
export function reportWindow(q: { from?: string; to?: string }, today: string): { from: string; to: string } | { problems: ApiErrorDetail[] } {
  const problems: ApiErrorDetail[] = [];
  if (q.from !== undefined && !isDate(q.from)) problems.push({ field: 'from', message: 'from must be a date YYYY-MM-DD' });
  if (q.to !== undefined && !isDate(q.to)) problems.push({ field: 'to', message: 'to must be a date YYYY-MM-DD' });
  if (problems.length) return { problems };
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, 1 - DEFAULT_WINDOW_DAYS);
  if (from > to) return { problems: [{ field: 'to', message: 'to must not be before from' }] };
  if (daysBetween(from, to) + 1 > MAX_WINDOW_DAYS) return { problems: [{ field: 'from', message: `a report covers at most ${MAX_WINDOW_DAYS} days` }] };
  return { from, to };
}

/** The first day of the bucket holding `day`: itself, its ISO week's Monday, or its month's 1st. */
export function bucketStart(day: string, interval: ReportInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Every bucket start that overlaps the days `from` to `to` (both inclusive), in order. */
export function bucketStarts(from: string, to: string, interval: ReportInterval): string[] {
  const starts: string[] = [];
  let start = bucketStart(from, interval);
  while (start <= to) {
    starts.push(start);
    start = interval === 'day' ? addDays(start, 1) : interval === 'week' ? addDays(start, 7) : nextMonth(start);
  }
  return starts;
}

function nextMonth(first: string): string {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
