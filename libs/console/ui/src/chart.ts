// Entry @navdesk/console/ui/chart: the one chart wrapper (line / bar, always readable as a table).
// Kept out of the main barrel so pages without a chart (the shell, sign-in) never load it; the
// chart library itself loads on first draw (CHART_RENDERER).
export * from './lib/chart/chart.types';
export * from './lib/chart/chart.component';
export * from './lib/chart/fake-chart-renderer';
