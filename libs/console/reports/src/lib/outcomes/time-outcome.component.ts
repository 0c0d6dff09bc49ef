import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ReportSectionComponent } from '@navdesk/console/ui';
import type { TimeOutcome } from '@navdesk/contracts';
import {
  BriefOpeningChartsComponent,
  BriefOpeningRow,
} from './brief-opening-charts.component';
import {
  OutcomeFiguresComponent,
  OutcomeFigureItem,
} from './outcome-figures.component';
import { minutes, percent } from './outcome-format';
import { OutcomeHeadlineComponent } from './outcome-headline.component';

/**
 * PWPs' time to read online progress: briefs opened before face-to-face sessions, by service, and by
 * PWP for navigators (the API gives managers no per-PWP figures).
 */
@Component({
  selector: 'nd-time-outcome',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReportSectionComponent,
    BriefOpeningChartsComponent,
    OutcomeHeadlineComponent,
    OutcomeFiguresComponent,
  ],
  template: `
    <nd-report-section
      heading="Time"
      name="time"
      lead="PWPs had no time to read online progress: is the brief opened before the face-to-face session, and how long before?"
    >
      <nd-outcome-headline [headline]="outcome().headline" />
      <nd-outcome-figures [items]="figures()" />

      <h3>By service</h3>
      @if (byService().length === 0) {
        <p class="nd-report-muted">No face-to-face session in either period.</p>
      } @else {
        <nd-brief-opening-charts by="service" [rows]="byService()" />
      }

      @if (byPwp(); as pwps) {
        <div data-testid="outcomes-by-pwp">
          <h3>By PWP</h3>
          @if (pwps.length === 0) {
            <p class="nd-report-muted">
              No PWP held a face-to-face session in either period.
            </p>
          } @else {
            <nd-brief-opening-charts by="PWP" [rows]="pwps" />
          }
        </div>
      }
    </nd-report-section>
  `,
})
export class TimeOutcomeComponent {
  readonly outcome = input.required<TimeOutcome>();

  readonly figures = computed<OutcomeFigureItem[]>(() => [
    {
      label: 'Briefs opened before the session',
      figure: this.outcome().openedBeforeSession,
      format: percent,
    },
    {
      label: 'Median time opened before',
      figure: this.outcome().medianMinutesBefore,
      format: minutes,
    },
  ]);

  readonly byService = computed<BriefOpeningRow[]>(() =>
    this.outcome().byService.map(({ serviceName, ...figures }) => ({
      ...figures,
      label: serviceName,
    })),
  );

  /** `null` for managers: the section then has no per-PWP part at all. */
  readonly byPwp = computed<BriefOpeningRow[] | null>(
    () =>
      this.outcome().byPwp?.map(({ pwpName, ...figures }) => ({
        ...figures,
        label: pwpName,
      })) ?? null,
  );
}
