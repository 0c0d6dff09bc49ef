import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ReportSectionComponent } from '@navdesk/console/ui';
import { ChartComponent, type ChartData } from '@navdesk/console/ui/chart';
import type { ConfidenceOutcome } from '@navdesk/contracts';
import { PatientCountComponent } from '../format/patient-count.component';
import { formatChange } from '../format/report-format';
import { comparisonChart, oneDecimal, rateCell } from './outcome-format';
import { OutcomeHeadlineComponent } from './outcome-headline.component';

/** PWPs' confidence with the programme: what training changes, and whether "how do I…" questions fall. */
@Component({
  selector: 'nd-confidence-outcome',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReportSectionComponent,
    ChartComponent,
    PatientCountComponent,
    OutcomeHeadlineComponent,
  ],
  template: `
    <nd-report-section
      heading="Confidence"
      name="confidence"
      lead="PWPs lacked confidence with the programme: does training raise it, and do their “How do I…” questions fall afterwards?"
    >
      <nd-outcome-headline [headline]="outcome().headline" />

      <h3>Change in confidence, by training module</h3>
      @if (outcome().meanChangeByModule.length === 0) {
        <p class="nd-report-muted">
          No training attendance was recorded in either period.
        </p>
      } @else {
        <nd-chart
          kind="bar"
          caption="Mean change in confidence (after − before) by training module, previous period and this period"
          categoryLabel="Training module"
          yTitle="Change in confidence"
          [data]="meanChange()"
        />
      }

      <h3>“How do I…” tickets before and after training</h3>
      <p class="nd-report-muted" data-testid="outcomes-how-do-i-pwps">
        PWPs trained in this period:
        <nd-patient-count [value]="outcome().howDoIPerPwpMonth.pwps" />
      </p>
      <nd-chart
        kind="bar"
        caption="“How do I…” tickets per PWP per month, in the 30 days before and after the PWP's training on the topic"
        categoryLabel="When"
        yTitle="Tickets per PWP per month"
        [data]="howDoI()"
      />
    </nd-report-section>
  `,
})
export class ConfidenceOutcomeComponent {
  readonly outcome = input.required<ConfidenceOutcome>();

  readonly meanChange = computed(() =>
    comparisonChart(
      this.outcome().meanChangeByModule.map(({ title, figure }) => ({
        label: title,
        figure,
      })),
      formatChange,
    ),
  );

  readonly howDoI = computed<ChartData>(() => {
    const { before, after, suppressed } = this.outcome().howDoIPerPwpMonth;
    return {
      labels: ['Before training', 'After training'],
      series: [
        {
          label: 'Tickets per PWP per month',
          values: [before, after],
          cellText: [
            rateCell(before, suppressed, oneDecimal),
            rateCell(after, suppressed, oneDecimal),
          ],
        },
      ],
    };
  });
}
