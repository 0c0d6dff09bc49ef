import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ReportSectionComponent } from '@navdesk/console/ui';
import { ChartComponent, type ChartData } from '@navdesk/console/ui/chart';
import type { FlexibilityOutcome } from '@navdesk/contracts';
import { AskedAwayTableComponent } from '../format/asked-away-table.component';
import {
  OutcomeFiguresComponent,
  OutcomeFigureItem,
} from './outcome-figures.component';
import {
  comparisonChart,
  figureCell,
  figureValue,
  hours,
  percent,
} from './outcome-format';
import { OutcomeHeadlineComponent } from './outcome-headline.component';

/** Tailoring mandatory modules: how fast requests are decided, what is asked away, and drop-out. */
@Component({
  selector: 'nd-flexibility-outcome',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReportSectionComponent,
    ChartComponent,
    AskedAwayTableComponent,
    OutcomeHeadlineComponent,
    OutcomeFiguresComponent,
  ],
  template: `
    <nd-report-section
      heading="Flexibility"
      name="flexibility"
      lead="Mandatory modules could not be tailored: how fast are requests decided, and do patients who had a module tailored drop out of it less?"
    >
      <nd-outcome-headline [headline]="outcome().headline" />
      <nd-outcome-figures [items]="figures()" />
      <nd-chart
        kind="bar"
        caption="Tailoring requests approved and applied, previous period and this period (%)"
        categoryLabel="Measure"
        yTitle="%"
        [yMin]="0"
        [yMax]="100"
        [data]="decisions()"
      />

      <h3 id="outcomes-asked-away-heading">Modules most asked away</h3>
      <nd-asked-away-table
        [rows]="outcome().topAskedAway"
        labelledBy="outcomes-asked-away-heading"
      />

      <h3>Drop-out by module, tailored or not</h3>
      @if (outcome().dropOutByModule.length === 0) {
        <p class="nd-report-muted">
          No patient started a mandatory module in this period.
        </p>
      } @else {
        <nd-chart
          kind="bar"
          caption="Patients who started a module and did not complete it, with and without the module tailored, this period (%)"
          categoryLabel="Module"
          yTitle="%"
          [yMin]="0"
          [yMax]="100"
          [data]="dropOut()"
        />
      }
    </nd-report-section>
  `,
})
export class FlexibilityOutcomeComponent {
  readonly outcome = input.required<FlexibilityOutcome>();


  readonly figures = computed<OutcomeFigureItem[]>(() => [
    {
      label: 'Median time to a decision',
      figure: this.outcome().medianHoursToDecision,
      format: hours,
    },
    {
      label: 'Requests approved',
      figure: this.outcome().approvedShare,
      format: percent,
    },
    {
      label: 'Approved requests applied',
      figure: this.outcome().appliedShare,
      format: percent,
    },
  ]);

  readonly decisions = computed(() =>
    comparisonChart(
      this.figures()
        .slice(1)
        .map(({ label, figure }) => ({ label, figure })),
      percent,
    ),
  );

  /** This period only: tailored against not tailored, per module. */
  readonly dropOut = computed<ChartData>(() => {
    const modules = this.outcome().dropOutByModule;
    const series = (label: string, pick: 'tailored' | 'notTailored') => ({
      label,
      values: modules.map((m) => figureValue(m[pick], 'current')),
      cellText: modules.map((m) => figureCell(m[pick], 'current', percent)),
    });
    return {
      labels: modules.map((m) => m.title),
      series: [
        series('Had it tailored', 'tailored'),
        series('Did not have it tailored', 'notTailored'),
      ],
    };
  });
}
