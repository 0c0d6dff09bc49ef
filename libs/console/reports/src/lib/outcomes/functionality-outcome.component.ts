import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ReportSectionComponent } from '@navdesk/console/ui';
import { ChartComponent, type ChartData } from '@navdesk/console/ui/chart';
import { THEME_LABELS, type FunctionalityOutcome } from '@navdesk/contracts';
import {
  OutcomeFiguresComponent,
  OutcomeFigureItem,
} from './outcome-figures.component';
import {
  comparisonChart,
  minutes,
  monthLabel,
  percent,
  toHours,
} from './outcome-format';
import { OutcomeHeadlineComponent } from './outcome-headline.component';

/** Technical faults: fixed before the patient's next session, disrupting therapy, how long, who can fix them. */
@Component({
  selector: 'nd-functionality-outcome',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReportSectionComponent,
    ChartComponent,
    OutcomeHeadlineComponent,
    OutcomeFiguresComponent,
  ],
  template: `
    <nd-report-section
      heading="Functionality"
      name="functionality"
      lead="Technical faults cost sessions: are they fixed before the patient's next face-to-face session, and do they still disrupt therapy?"
    >
      <nd-outcome-headline [headline]="outcome().headline" />
      <nd-outcome-figures [items]="figures()" />
      <nd-chart
        kind="bar"
        caption="Patient-related tickets, previous period and this period (%)"
        categoryLabel="Measure"
        yTitle="%"
        [yMin]="0"
        [yMax]="100"
        [data]="shares()"
      />

      <h3>Median time to resolve, by theme</h3>
      @if (outcome().medianResolutionMinutesByTheme.length === 0) {
        <p class="nd-report-muted">No ticket was resolved in either period.</p>
      } @else {
        <nd-chart
          kind="bar"
          caption="Median time to resolve by theme, previous period and this period"
          categoryLabel="Theme"
          yTitle="Hours"
          [data]="medians()"
        />
      }

      <h3>Fixable and not fixable, by month</h3>
      @if (outcome().fixabilityByMonth.length === 0) {
        <p class="nd-report-muted">
          No ticket was marked fixable or not fixable in either period.
        </p>
      } @else {
        <nd-chart
          kind="bar"
          caption="Tickets fixable here and not fixable (needs the vendor), by month raised"
          categoryLabel="Month"
          yTitle="Tickets"
          [stacked]="true"
          [data]="fixability()"
        />
      }
    </nd-report-section>
  `,
})
export class FunctionalityOutcomeComponent {
  readonly outcome = input.required<FunctionalityOutcome>();

  readonly figures = computed<OutcomeFigureItem[]>(() => [
    {
      label: 'Resolved before the next session',
      figure: this.outcome().resolvedBeforeNextSession,
      format: percent,
    },
    {
      label: 'Disrupted therapy',
      figure: this.outcome().disruptedTherapy,
      format: percent,
    },
  ]);

  readonly shares = computed(() =>
    comparisonChart(
      this.figures().map(({ label, figure }) => ({ label, figure })),
      percent,
    ),
  );

  readonly medians = computed(() =>
    comparisonChart(
      this.outcome().medianResolutionMinutesByTheme.map(
        ({ theme, figure }) => ({
          label: THEME_LABELS[theme] ?? theme,
          figure,
        }),
      ),
      minutes,
      toHours,
    ),
  );

  readonly fixability = computed<ChartData>(() => {
    const months = this.outcome().fixabilityByMonth;
    return {
      labels: months.map((m) => monthLabel(m.month)),
      series: [
        { label: 'Fixable', values: months.map((m) => m.fixable) },
        {
          label: 'Not fixable (needs the vendor)',
          values: months.map((m) => m.notFixable),
        },
      ],
    };
  });
}
