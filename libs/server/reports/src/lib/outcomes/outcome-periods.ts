import { windowEnd, windowStart } from '../query/window-sql';
import { addDays, daysBetween } from '../rules/report-window';

export interface Period {
  from: string;
  to: string;
}

/**
 * What every Outcomes query is asked: the services, the period chosen, the one of the same length just
 * before it, and now (sessions not yet started and after-training months not yet over are not counted).
 */
export interface OutcomeScope {
  serviceIds: string[];
  current: Period;
  previous: Period;
  now: Date;
}

/** The period of the same length as `current`, ending the day before it starts. */
export function previousPeriod(current: Period): Period {
  const to = addDays(current.from, -1);
  return { from: addDays(to, -daysBetween(current.from, current.to)), to };
}

/**
 * SQL parameters shared by the queries: $1 services, $2 the previous period's first day, $3 the current
 * period's first day, $4 its last day (both periods together run from $2 to $4, with no gap), $5 now.
 */
export const outcomeParams = (scope: OutcomeScope) => [scope.serviceIds, scope.previous.from, scope.current.from, scope.current.to, scope.now];

/** A timestamp column inside either period. */
export const inEitherPeriod = (column: string) => `${column} >= ${windowStart('$2')} AND ${column} < ${windowEnd('$4')}`;

/** 'current' or 'previous', for a timestamp column already known to be inside either period. */
export const periodOf = (column: string) => `CASE WHEN ${column} >= ${windowStart('$3')} THEN 'current' ELSE 'previous' END`;

/** The instant a period (by the name `periodOf` gave) ends, exclusive. */
export const periodEnd = (period: string) => `CASE WHEN ${period} = 'current' THEN ${windowEnd('$4')} ELSE ${windowStart('$3')} END`;

export type PeriodName = 'current' | 'previous';

/**
 * How a headline names the period: by its length (a week, a month, a quarter, a year) or "period", and
 * "this …" when it ends today, "in the …" when it ended before.
 */
export function periodWords(current: Period, today: string): string {
  const days = daysBetween(current.from, current.to) + 1;
  const unit = days === 7 ? 'week' : days >= 28 && days <= 31 ? 'month' : days >= 84 && days <= 92 ? 'quarter' : days === 365 || days === 366 ? 'year' : 'period';
  return current.to === today ? `this ${unit}` : `in the ${unit}`;
}
