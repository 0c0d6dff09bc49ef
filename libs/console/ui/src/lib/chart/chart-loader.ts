// The only module that imports the chart library; it is loaded on demand (see CHART_RENDERER).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartHandle, ChartSpec } from './chart.types';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/**
 * NHS blue, dark pink, green, purple, then dark orange, grey, red and teal: each at least 3:1 on
 * white. Stacked bars are split by a white line, and every chart has its table.
 */
export const SERIES_COLOURS = [
  '#005eb8',
  '#ae2573',
  '#007f3b',
  '#330072',
  '#b35c00',
  '#425563',
  '#d5281b',
  '#00827f',
];
/** Lines differ by dash and point shape too, never by colour alone. */
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot'] as const;

type NdChartConfiguration = ChartConfiguration<
  'line' | 'bar',
  (number | null)[],
  string
>;

/** The chart library's configuration for a spec. */
export function toChartJsConfig(spec: ChartSpec): NdChartConfiguration {
  const line = spec.kind === 'line';
  return {
    type: spec.kind,
    data: {
      labels: [...spec.data.labels],
      datasets: spec.data.series.map((series, index) => {
        const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
        return {
          label: series.label,
          data: [...series.values],
          borderColor: line ? colour : '#ffffff',
          backgroundColor: colour,
          borderWidth: line ? 2 : spec.stacked ? 1 : 0,
          ...(line
            ? {
                borderDash: DASHES[index % DASHES.length],
                pointStyle: POINT_STYLES[index % POINT_STYLES.length],
                pointRadius: 3,
                spanGaps: true,
                tension: 0,
              }
            : {}),
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: spec.reducedMotion ? false : { duration: 250 },
      plugins: {
        legend: {
          display: spec.data.series.length > 1,
          labels: { usePointStyle: line },
        },
        tooltip: { enabled: true },
      },
      scales: {
        x: {
          stacked: !line && spec.stacked === true,
          ticks: { autoSkip: true, maxRotation: 0 },
        },
        y: {
          stacked: !line && spec.stacked === true,
          min: spec.yMin,
          max: spec.yMax,
          beginAtZero: true,
          ticks: { stepSize: spec.yStep, precision: 0 },
          title: spec.yTitle
            ? { display: true, text: spec.yTitle }
            : { display: false },
        },
      },
    },
  };
}

export function renderChart(
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
): Promise<ChartHandle> {
  const chart = new Chart(canvas, toChartJsConfig(spec));
  return Promise.resolve({
    update(next: ChartSpec): void {
      const config = toChartJsConfig(next);
      chart.data = config.data;
      if (config.options) chart.options = config.options;
      chart.update();
    },
    destroy(): void {
      chart.destroy();
    },
  });
}
