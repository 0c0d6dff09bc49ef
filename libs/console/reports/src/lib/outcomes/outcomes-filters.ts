import { addDays, addMonths } from '../filters/report-dates';
import {
  DatePreset,
  DEFAULT_GROUPING,
  DEFAULT_INTERVAL,
  ReportFilters,
} from '../filters/report-filters';

/** The first day of the calendar quarter of a London date (YYYY-MM-DD): 1 Jan, 1 Apr, 1 Jul, 1 Oct. */
export function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** This quarter to date, and the whole quarter before it (`to` exclusive). */
export const OUTCOMES_PRESETS: readonly DatePreset[] = [
  {
    id: 'this-quarter',
    label: 'This quarter',
    window: (today) => ({ from: quarterStart(today), to: addDays(today, 1) }),
  },
  {
    id: 'last-quarter',
    label: 'Last quarter',
    window: (today) => {
      const to = quarterStart(today);
      return { from: addMonths(to, -3), to };
    },
  },
];

/**
 * The Outcomes page opens on this quarter to date, all services. Interval and grouping belong to
 * usability trends and stay at their defaults here (never in the URL).
 */
export function defaultOutcomesFilters(today: string): ReportFilters {
  return {
    ...OUTCOMES_PRESETS[0].window(today),
    serviceId: '',
    interval: DEFAULT_INTERVAL,
    groupBy: DEFAULT_GROUPING,
  };
}
