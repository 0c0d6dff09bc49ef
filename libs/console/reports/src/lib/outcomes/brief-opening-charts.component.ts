import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ChartComponent } from '@navdesk/console/ui/chart';
import type { BriefOpeningFigures } from '@navdesk/contracts';
import { comparisonChart, minutes, percent } from './outcome-format';

export interface BriefOpeningRow extends BriefOpeningFigures {
  label: string;
}

/** Briefs opened before the session, and how long before, for each service or each PWP. */
@Component({
  selector: 'nd-brief-opening-charts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `
    <nd-chart
      kind="bar"
      [caption]="
        'Sessions whose brief was opened before it started, by ' + by() + ' (%)'
      "
      [categoryLabel]="categoryLabel()"
      yTitle="%"
      [yMin]="0"
      [yMax]="100"
      [data]="opened()"
    />
    <nd-chart
      kind="bar"
      [caption]="
        'Median minutes between opening the brief and the session, by ' + by()
      "
      [categoryLabel]="categoryLabel()"
      yTitle="Minutes"
      [data]="median()"
    />
  `,
})
export class BriefOpeningChartsComponent {
  readonly rows = input.required<readonly BriefOpeningRow[]>();
  /** "service" or "PWP". */
  readonly by = input.required<string>();

  readonly categoryLabel = computed(() => {
    const by = this.by();
    return by.charAt(0).toUpperCase() + by.slice(1);
  });
  readonly opened = computed(() =>
    comparisonChart(
      this.rows().map((row) => ({
        label: row.label,
        figure: row.openedBeforeSession,
      })),
      percent,
    ),
  );
  readonly median = computed(() =>
    comparisonChart(
      this.rows().map((row) => ({
        label: row.label,
        figure: row.medianMinutesBefore,
      })),
      minutes,
    ),
  );
}
