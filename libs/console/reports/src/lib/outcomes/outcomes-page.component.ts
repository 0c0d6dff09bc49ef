import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { ReportsApi } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import { addDays } from '../filters/report-dates';
import {
  ReportFilters,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import { ReportFiltersBarComponent } from '../filters/report-filters-bar.component';
import { injectReportPageFilters } from '../filters/report-page-filters';
import { injectReport } from '../sections/report-loader';
import { ConfidenceOutcomeComponent } from './confidence-outcome.component';
import { FlexibilityOutcomeComponent } from './flexibility-outcome.component';
import { FunctionalityOutcomeComponent } from './functionality-outcome.component';
import { longDate, SUPPRESSED_NOTE } from './outcome-format';
import { defaultOutcomesFilters, OUTCOMES_PRESETS } from './outcomes-filters';
import { isOutcomesReport, UnreadableOutcomesError } from './outcomes-shape';
import { TimeOutcomeComponent } from './time-outcome.component';

/**
 * Managers and navigators: for each of the study's four barriers, whether it is shrinking — this
 * period against the one before it (the API picks that one), by service. The window and service
 * live in the URL query, as on the reports page.
 */
@Component({
  selector: 'nd-outcomes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    PageHeaderComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    ReportFiltersBarComponent,
    FunctionalityOutcomeComponent,
    TimeOutcomeComponent,
    FlexibilityOutcomeComponent,
    ConfidenceOutcomeComponent,
  ],
  templateUrl: './outcomes-page.component.html',
  styleUrl: './outcomes-page.component.scss',
})
export class OutcomesPageComponent {
  readonly #api = inject(ReportsApi);
  readonly #page = injectReportPageFilters(defaultOutcomesFilters);

  readonly today = this.#page.today;
  readonly presets = OUTCOMES_PRESETS;
  readonly suppressedNote = SUPPRESSED_NOTE;
  readonly filters = this.#page.filters;
  readonly corrected = this.#page.corrected;
  readonly servicesFailed = this.#page.servicesFailed;
  readonly serviceOptions = this.#page.serviceOptions;
  readonly unknownService = this.#page.unknownService;

  readonly report = injectReport({
    params: computed(
      () => {
        const { from, to, serviceId } = this.filters();
        return { from, to, serviceId };
      },
      { equal: sameWindow },
    ),
    fetch: (params) =>
      this.#api.outcomes(windowQuery(params)).pipe(
        map((answer: unknown) => {
          if (!isOutcomesReport(answer)) throw new UnreadableOutcomesError();
          return answer;
        }),
      ),
    // Quarter-long figures: a live change moves them too little to redraw four barriers for.
    live: [],
  });

  readonly summary = computed(() => {
    const { from, to } = this.filters();
    return `Showing ${longDate(from)} to ${longDate(addDays(to, -1))}, ${this.#page.serviceName()}.`;
  });
  /** The period before, as the API computed it. */
  readonly comparedWith = computed(() => {
    const previous = this.report.data()?.previous;
    return previous
      ? `Compared with the period before: ${longDate(previous.from)} to ${longDate(previous.to)}.`
      : null;
  });

  setFilters(filters: ReportFilters): void {
    this.#page.set(filters);
  }

  showAllServices(): void {
    this.#page.showAllServices();
  }
}
