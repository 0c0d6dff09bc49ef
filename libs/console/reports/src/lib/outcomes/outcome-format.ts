import type { ChartCellText, ChartData } from '@navdesk/console/ui/chart';
import type { OutcomeFigure, OutcomeHeadline } from '@navdesk/contracts';
import { formatMinutes, formatPercent } from '../format/report-format';

/** What a suppressed figure shows: a word, never 0. */
export const SUPPRESSED_TEXT = 'Suppressed';

/** What screen readers hear (and a hover shows) for a suppressed figure. */
export const SUPPRESSED_LABEL =
  'suppressed: fewer than 5 patients, hidden to protect privacy';

/** The note under every barrier. */
export const SUPPRESSED_NOTE =
  'A figure computed over fewer than 5 patients is hidden to protect privacy: it shows as “Suppressed” (a count as “<5”), never as 0.';

const NO_FIGURE: ChartCellText = { text: '—', label: 'no figure' };

export type FigureSide = 'current' | 'previous';

/** A figure's value in one period, as a number to plot or `null` (a gap). */
export function figureValue(
  figure: OutcomeFigure,
  side: FigureSide,
): number | null {
  return figure[side];
}

/**
 * Whether one period's value is hidden to protect privacy. A value over a base of 1–4 is; so is a
 * missing value the API marks suppressed over a base that is not empty (few patients behind more
 * items). A missing value over no items is simply no figure.
 */
export function isSuppressed(figure: OutcomeFigure, side: FigureSide): boolean {
  if (figure[side] !== null) return false;
  const base = side === 'current' ? figure.currentBase : figure.previousBase;
  return base === '<5' || (figure.suppressed && base !== 0);
}

/** One period's value in words: formatted, "Suppressed" (with its reason), or "—". */
export function figureCell(
  figure: OutcomeFigure,
  side: FigureSide,
  format: (value: number) => string,
): ChartCellText {
  const value = figure[side];
  if (value !== null) return { text: format(value) };
  return isSuppressed(figure, side)
    ? { text: SUPPRESSED_TEXT, label: SUPPRESSED_LABEL }
    : NO_FIGURE;
}

/** A plain number or rate in words, or "Suppressed" when the API hid it. */
export function rateCell(
  value: number | null,
  suppressed: boolean,
  format: (value: number) => string,
): ChartCellText {
  if (value !== null) return { text: format(value) };
  return suppressed
    ? { text: SUPPRESSED_TEXT, label: SUPPRESSED_LABEL }
    : NO_FIGURE;
}

/** Whether this period is better than the last, using which way is better for the figure. */
export function figureTrend(figure: OutcomeFigure): OutcomeHeadline['trend'] {
  const { current, previous } = figure;
  if (current === null || previous === null) return 'unknown';
  const difference = Math.round((current - previous) * 10) / 10;
  if (difference === 0) return 'same';
  return difference > 0 === (figure.betterWhen === 'up') ? 'better' : 'worse';
}

export const TREND_WORDS: Record<OutcomeHeadline['trend'], string> = {
  better: 'Better',
  worse: 'Worse',
  same: 'No change',
  unknown: 'Not compared',
};

/** Shapes, never colour alone: a tick, a cross, an equals sign, a question mark. */
export const TREND_ICONS: Record<OutcomeHeadline['trend'], string> = {
  better: '✓',
  worse: '✗',
  same: '=',
  unknown: '?',
};

export const PREVIOUS_PERIOD = 'Previous period';
export const THIS_PERIOD = 'This period';

export interface FigureRow {
  label: string;
  figure: OutcomeFigure;
}

/**
 * Bars of the previous period against this one, one pair per row. `plot` turns a value into the
 * chart's unit (e.g. minutes to hours); the table says each value with `format`.
 */
export function comparisonChart(
  rows: readonly FigureRow[],
  format: (value: number) => string,
  plot: (value: number) => number = (value) => value,
): ChartData {
  const series = (label: string, side: FigureSide) => ({
    label,
    values: rows.map(({ figure }) => {
      const value = figureValue(figure, side);
      return value === null ? null : plot(value);
    }),
    cellText: rows.map(({ figure }) => figureCell(figure, side, format)),
  });
  return {
    labels: rows.map((row) => row.label),
    series: [
      series(PREVIOUS_PERIOD, 'previous'),
      series(THIS_PERIOD, 'current'),
    ],
  };
}

export const percent = (value: number): string => formatPercent(value);
export const minutes = (value: number): string => formatMinutes(value);
export const hours = (value: number): string => formatMinutes(value * 60);
/** Minutes to hours, to one decimal, for a chart's axis. */
export const toHours = (value: number): number =>
  Math.round((value / 60) * 10) / 10;
/** "1.4": a rate to one decimal. */
export const oneDecimal = (value: number): string =>
  (Math.round(value * 10) / 10).toFixed(1);

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const MONTH = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'short',
  year: 'numeric',
});

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** "2 Dec 2026" from a London date (YYYY-MM-DD). */
export function longDate(date: string): string {
  const at = utc(date);
  return Number.isNaN(at) ? date : LONG_DATE.format(at);
}

/** "Jan 2026" from a month ("2026-01" or any day of it). */
export function monthLabel(month: string): string {
  const at = utc(`${month.slice(0, 7)}-01`);
  return Number.isNaN(at) ? month : MONTH.format(at);
}
