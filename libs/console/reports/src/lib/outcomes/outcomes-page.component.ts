import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import {
  ReportsApi,
  ServicesApi,
  SessionStore,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import type { ServiceView } from '@navdesk/contracts';
import { addDays, REPORTS_TODAY } from '../filters/report-dates';
import {
  parseReportFilters,
  ReportFilters,
  reportQueryParams,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import {
  ReportFiltersBarComponent,
  ServiceOption,
} from '../filters/report-filters-bar.component';
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
export class OutcomesPageComponent implements OnInit {
  readonly #route = inject(ActivatedRoute);
  readonly #router = inject(Router);
  readonly #api = inject(ReportsApi);
  readonly #services = inject(ServicesApi);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);

  readonly today = inject(REPORTS_TODAY)();
  readonly presets = OUTCOMES_PRESETS;
  readonly suppressedNote = SUPPRESSED_NOTE;
  readonly #defaults = defaultOutcomesFilters(this.today);

  readonly #query = toSignal(this.#route.queryParamMap, {
    initialValue: this.#route.snapshot.queryParamMap,
  });
  readonly #parsed = computed(() =>
    parseReportFilters(this.#query(), this.today, this.#defaults),
  );
  readonly filters = computed(() => this.#parsed().filters, {
    equal: sameWindow,
  });
  readonly corrected = computed(() => this.#parsed().corrected);

  readonly services = signal<ServiceView[] | null>(null);
  readonly servicesFailed = signal(false);
  readonly serviceOptions = computed<ServiceOption[]>(() => {
    const loaded = this.services();
    if (loaded) return loaded.map(({ id, name }) => ({ id, name }));
    return (this.#session.user()?.serviceIds ?? []).map((id, index) => ({
      id,
      name: `Service ${index + 1}`,
    }));
  });
  readonly unknownService = computed(() => {
    const id = this.filters().serviceId;
    const loaded = this.services();
    return !!id && loaded !== null && !loaded.some((s) => s.id === id);
  });

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
    const { from, to, serviceId } = this.filters();
    const service = serviceId
      ? (this.serviceOptions().find((s) => s.id === serviceId)?.name ??
        'one service')
      : 'all your services';
    return `Showing ${longDate(from)} to ${longDate(addDays(to, -1))}, ${service}.`;
  });
  /** The period before, as the API computed it. */
  readonly comparedWith = computed(() => {
    const previous = this.report.data()?.previous;
    return previous
      ? `Compared with the period before: ${longDate(previous.from)} to ${longDate(previous.to)}.`
      : null;
  });

  ngOnInit(): void {
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => this.services.set(page.items),
        error: () => this.servicesFailed.set(true),
      });
  }

  setFilters(filters: ReportFilters): void {
    void this.#router.navigate([], {
      relativeTo: this.#route,
      queryParams: reportQueryParams(filters, this.today, this.#defaults),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  showAllServices(): void {
    this.setFilters({ ...this.filters(), serviceId: '' });
  }
}
