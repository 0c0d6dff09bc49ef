import { InjectionToken } from '@angular/core';

export type ChartKind = 'line' | 'bar';

/**
 * What a table cell says in place of its value, e.g. "<5" for a count hidden to protect privacy
 * (the chart leaves a gap there). `label` is what screen readers hear instead of `text`.
 */
export interface ChartCellText {
  text: string;
  label?: string;
}

/** One line or one set of bars; `null` is a gap (no value that day). */
export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  /** Per value, the table's wording where it differs from the number (or from "—" for a gap). */
  cellText?: readonly (ChartCellText | null | undefined)[];
}

/** What a chart shows, and what its table lists: one row per label, one column per series. */
export interface ChartData {
  labels: readonly string[];
  series: readonly ChartSeries[];
}

/** Everything needed to draw a chart, free of the chart library's types. */
export interface ChartSpec {
  kind: ChartKind;
  data: ChartData;
  yMin?: number;
  yMax?: number;
  /** Distance between y-axis ticks. */
  yStep?: number;
  /** The y-axis title, e.g. "Mood (0–10)". */
  yTitle?: string;
  /** Bars: each label's series stacked into one bar. */
  stacked?: boolean;
  /** No animation (the user asked the system for less motion). */
  reducedMotion: boolean;
}

/** A drawn chart: redraw with new data, or remove. */
export interface ChartHandle {
  update(spec: ChartSpec): void;
  destroy(): void;
}

export type ChartRenderer = (
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
) => Promise<ChartHandle>;

/**
 * Draws charts. The chart library is loaded on first use, in a chunk of its own, so pages
 * without a chart never download it. Tests provide a fake (`provideFakeCharts`).
 */
export const CHART_RENDERER = new InjectionToken<ChartRenderer>(
  'CHART_RENDERER',
  {
    providedIn: 'root',
    factory: () => (canvas, spec) =>
      import('./chart-loader').then((m) => m.renderChart(canvas, spec)),
  },
);
