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
import { ServicesApi, SessionStore } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import type { ServiceView } from '@navdesk/contracts';
import {
  addDays,
  daysBetween,
  formatDay,
  REPORTS_TODAY,
} from '../filters/report-dates';
import {
  parseReportFilters,
  ReportFilters,
  reportQueryParams,
} from '../filters/report-filters';
import {
  ReportFiltersBarComponent,
  ServiceOption,
} from '../filters/report-filters-bar.component';
import { EngagementSectionComponent } from '../sections/engagement-section.component';
import { IncidentsSectionComponent } from '../sections/incidents-section.component';
import { OperationsSectionComponent } from '../sections/operations-section.component';
import { TailoringSectionComponent } from '../sections/tailoring-section.component';
import { TrainingSectionComponent } from '../sections/training-section.component';
import { UsabilityTrendsSectionComponent } from '../sections/usability-trends-section.component';

function sameFilters(a: ReportFilters, b: ReportFilters): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.serviceId === b.serviceId &&
    a.interval === b.interval &&
    a.groupBy === b.groupBy
  );
}

/** "12 weeks", "30 days", "1 day". */
function spanWords(days: number): string {
  if (days % 7 === 0) {
    const weeks = days / 7;
    return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  }
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * Managers and navigators: whether the blended programme's problems are shrinking — usability
 * trends, recurring incidents, operations, training, engagement and tailoring, in aggregate only.
 * The filters live in the URL query (dates and ids only) so a link can be shared.
 */
@Component({
  selector: 'nd-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    PageHeaderComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    ReportFiltersBarComponent,
    UsabilityTrendsSectionComponent,
    IncidentsSectionComponent,
    OperationsSectionComponent,
    TrainingSectionComponent,
    EngagementSectionComponent,
    TailoringSectionComponent,
  ],
  templateUrl: './reports-page.component.html',
  styleUrl: './reports-page.component.scss',
})
export class ReportsPageComponent implements OnInit {
  readonly #route = inject(ActivatedRoute);
  readonly #router = inject(Router);
  readonly #services = inject(ServicesApi);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);

  readonly today = inject(REPORTS_TODAY)();

  readonly #query = toSignal(this.#route.queryParamMap, {
    initialValue: this.#route.snapshot.queryParamMap,
  });
  readonly #parsed = computed(() =>
    parseReportFilters(this.#query(), this.today),
  );
  readonly filters = computed(() => this.#parsed().filters, {
    equal: sameFilters,
  });
  /** The link's dates or choices could not be read, so defaults are shown. */
  readonly corrected = computed(() => this.#parsed().corrected);

  readonly services = signal<ServiceView[] | null>(null);
  readonly servicesFailed = signal(false);
  /** The caller's services, by name once loaded. */
  readonly serviceOptions = computed<ServiceOption[]>(() => {
    const loaded = this.services();
    if (loaded) return loaded.map(({ id, name }) => ({ id, name }));
    return (this.#session.user()?.serviceIds ?? []).map((id, index) => ({
      id,
      name: `Service ${index + 1}`,
    }));
  });
  readonly serviceNames = computed<ReadonlyMap<string, string>>(
    () => new Map(this.serviceOptions().map((s) => [s.id, s.name])),
  );
  /** A shared link may name a service that is not the reader's. */
  readonly unknownService = computed(() => {
    const id = this.filters().serviceId;
    const loaded = this.services();
    return !!id && loaded !== null && !loaded.some((s) => s.id === id);
  });
  /** Sections wait for the services when one is asked for, so a stranger's id is not sent six times. */
  readonly ready = computed(
    () =>
      !this.filters().serviceId ||
      this.services() !== null ||
      this.servicesFailed(),
  );
  readonly summary = computed(() => {
    const { from, to, serviceId } = this.filters();
    const service = serviceId
      ? (this.serviceNames().get(serviceId) ?? 'one service')
      : 'all your services';
    return `Showing ${formatDay(from)} to ${formatDay(addDays(to, -1))} (${spanWords(daysBetween(from, to))}), ${service}.`;
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
      queryParams: reportQueryParams(filters, this.today),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  showAllServices(): void {
    this.setFilters({ ...this.filters(), serviceId: '' });
  }
}
