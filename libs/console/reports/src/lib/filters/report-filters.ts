import type { Params } from '@angular/router';
import type { ReportQuery } from '@navdesk/console/data-access';
import {
  REPORT_GROUPINGS,
  REPORT_INTERVALS,
  ReportGrouping,
  ReportInterval,
  ReportName,
} from '@navdesk/contracts';
import { addDays, addMonths, isIsoDate } from './report-dates';

/**
 * The reports' filters. They live in the URL query so a link can be shared: dates and ids only,
 * never anything about a patient. Here `to` is exclusive (the day after the last); the API takes the
 * last day itself, inclusive, so `windowQuery` and `exportParams` send the day before.
 */
export interface ReportFilters {
  from: string;
  to: string;
  /** '' for all the caller's services. */
  serviceId: string;
  /** Usability trends only. */
  interval: ReportInterval;
  groupBy: ReportGrouping;
}

export type ReportWindowFilters = Pick<
  ReportFilters,
  'from' | 'to' | 'serviceId'
>;

export const DEFAULT_INTERVAL: ReportInterval = 'week';
export const DEFAULT_GROUPING: ReportGrouping = 'theme';

export const INTERVAL_LABELS: Record<ReportInterval, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
};

export const GROUPING_LABELS: Record<ReportGrouping, string> = {
  theme: 'Theme',
  category: 'Category',
};

export const REPORT_PRESETS = [
  { id: '4w', label: 'Last 4 weeks' },
  { id: '12w', label: 'Last 12 weeks' },
  { id: '12m', label: 'Last 12 months' },
] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number]['id'];

/** A preset's window, ending with today (`to`, exclusive, is tomorrow). */
export function presetWindow(
  preset: ReportPreset,
  today: string,
): { from: string; to: string } {
  const to = addDays(today, 1);
  switch (preset) {
    case '4w':
      return { from: addDays(to, -28), to };
    case '12w':
      return { from: addDays(to, -84), to };
    case '12m':
      return { from: addMonths(to, -12), to };
  }
}

/** A named date range a filters bar offers as a button; `window` gives it for today (`to` exclusive). */
export interface DatePreset {
  id: string;
  label: string;
  window: (today: string) => { from: string; to: string };
}

/** The reports page's presets. */
export const REPORT_DATE_PRESETS: readonly DatePreset[] = REPORT_PRESETS.map(
  ({ id, label }) => ({
    id,
    label,
    window: (today) => presetWindow(id, today),
  }),
);

/** The last 12 weeks ending today, all services, weekly, by theme — as the API defaults. */
export function defaultReportFilters(today: string): ReportFilters {
  return {
    ...presetWindow('12w', today),
    serviceId: '',
    interval: DEFAULT_INTERVAL,
    groupBy: DEFAULT_GROUPING,
  };
}

/** Reads a URL query param, if present. */
export interface QueryParamReader {
  get(name: string): string | null;
}

function oneOf<T extends string>(
  values: readonly T[],
  value: string | null,
): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

/**
 * The filters a URL query asks for. Anything missing takes its default; dates that are not
 * dates, or a `from` not before `to`, give the default window and `corrected`.
 */
export function parseReportFilters(
  query: QueryParamReader,
  today: string,
  defaults: ReportFilters = defaultReportFilters(today),
): { filters: ReportFilters; corrected: boolean } {
  const fromParam = query.get('from');
  const toParam = query.get('to');
  const intervalParam = query.get('interval');
  const groupByParam = query.get('groupBy');
  const from = fromParam ?? defaults.from;
  const to = toParam ?? defaults.to;
  const datesOk = isIsoDate(from) && isIsoDate(to) && from < to;
  const interval = oneOf(REPORT_INTERVALS, intervalParam)
    ? intervalParam
    : DEFAULT_INTERVAL;
  const groupBy = oneOf(REPORT_GROUPINGS, groupByParam)
    ? groupByParam
    : DEFAULT_GROUPING;
  return {
    filters: {
      from: datesOk ? from : defaults.from,
      to: datesOk ? to : defaults.to,
      serviceId: query.get('serviceId') ?? '',
      interval,
      groupBy,
    },
    corrected:
      !datesOk ||
      (intervalParam !== null && interval !== intervalParam) ||
      (groupByParam !== null && groupBy !== groupByParam),
  };
}

/**
 * The URL query for the filters: what differs from the defaults. Defaults are `null` so a merge
 * removes them, and a shared link with no dates always means the default window ("the last 12
 * weeks" unless a page gives its own `defaults`).
 */
export function reportQueryParams(
  filters: ReportFilters,
  today: string,
  defaults: ReportFilters = defaultReportFilters(today),
): Params {
  const sameWindow =
    filters.from === defaults.from && filters.to === defaults.to;
  return {
    from: sameWindow ? null : filters.from,
    to: sameWindow ? null : filters.to,
    serviceId: filters.serviceId || null,
    interval: filters.interval === DEFAULT_INTERVAL ? null : filters.interval,
    groupBy: filters.groupBy === DEFAULT_GROUPING ? null : filters.groupBy,
  };
}

/** The API query of a report's window: its last day, inclusive. */
export function windowQuery(filters: ReportWindowFilters): ReportQuery {
  return {
    from: filters.from,
    to: addDays(filters.to, -1),
    serviceId: filters.serviceId || undefined,
  };
}

export function sameWindow(
  a: ReportWindowFilters,
  b: ReportWindowFilters,
): boolean {
  return a.from === b.from && a.to === b.to && a.serviceId === b.serviceId;
}

/** The `params` of a CSV export: the report's own query (last day inclusive), as strings. */
export function exportParams(
  report: ReportName,
  filters: ReportFilters,
): Record<string, string> {
  const params: Record<string, string> = {
    from: filters.from,
    to: addDays(filters.to, -1),
  };
  if (filters.serviceId) params['serviceId'] = filters.serviceId;
  if (report === 'usability-trends') {
    params['interval'] = filters.interval;
    params['groupBy'] = filters.groupBy;
  }
  return params;
}

/** Whether the window reaches today, so live changes can still move its figures. */
export function windowIncludesToday(
  filters: ReportWindowFilters,
  today: string,
): boolean {
  return filters.from <= today && today < filters.to;
}
