import type { Provider } from '@angular/core';
import {
  CHART_RENDERER,
  type ChartHandle,
  type ChartRenderer,
  type ChartSpec,
} from './chart.types';

/** A CHART_RENDERER for tests: draws nothing, remembers what it was asked to draw. */
export class FakeChartRenderer {
  /** Every spec drawn or redrawn, in order. */
  readonly drawn: ChartSpec[] = [];
  destroyed = 0;

  readonly render: ChartRenderer = (_canvas, spec) => {
    this.drawn.push(spec);
    const handle: ChartHandle = {
      update: (next) => this.drawn.push(next),
      destroy: () => (this.destroyed += 1),
    };
    return Promise.resolve(handle);
  };
}

/** Provide in TestBed so charts draw nothing (jsdom has no canvas). */
export function provideFakeCharts(
  fake: FakeChartRenderer = new FakeChartRenderer(),
): Provider {
  return { provide: CHART_RENDERER, useValue: fake.render };
}
