import type { ApiErrorDetail } from '@navdesk/contracts';

const DAY = 86_400_000;
const DEFAULT_DAYS = 84;
export const ENGAGEMENT_WINDOW_MAX_MONTHS = 12;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface EngagementWindow {
  from: Date;
  /** Exclusive. */
  to: Date;
}

function addUtcMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

/**
 * `?from&to` of a patient's engagement, already checked as real ISO dates or date-times: a plain date
 * `to` counts its whole day (`from=2026-01-01&to=2026-01-31` is all of January). Without `from`, the last
 * 12 weeks before `to`. The window may not run backwards, nor be longer than 12 months.
 */
export function resolveEngagementWindow(fromIso: string | undefined, toIso: string | undefined, now: Date): EngagementWindow | { details: ApiErrorDetail[] } {
  const to = toIso === undefined ? now : DATE_ONLY.test(toIso) ? new Date(Date.parse(`${toIso}T00:00:00Z`) + DAY) : new Date(toIso);
  const from = fromIso === undefined ? new Date(to.getTime() - DEFAULT_DAYS * DAY) : new Date(DATE_ONLY.test(fromIso) ? `${fromIso}T00:00:00Z` : fromIso);
  const blame = toIso === undefined ? 'from' : 'to';
  const lastInstant = toIso !== undefined && DATE_ONLY.test(toIso) ? to.getTime() - 1 : to.getTime();
  if (from.getTime() > lastInstant) {
    return { details: [{ field: 'from', message: 'from must not be after to' }] };
  }
  if (to > addUtcMonths(from, ENGAGEMENT_WINDOW_MAX_MONTHS)) {
    return { details: [{ field: blame, message: `the window from from to to must be at most ${ENGAGEMENT_WINDOW_MAX_MONTHS} months` }] };
  }
  return { from, to };
}
