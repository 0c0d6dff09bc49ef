import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
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
import { ReportExportComponent } from '../export/report-export.component';
import { addDays, REPORTS_TODAY } from '../filters/report-dates';
import {
  exportParams,
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
import { longDate } from '../outcomes/outcome-format';
import { injectReport } from '../sections/report-loader';
import { VendorAskedAwayComponent } from './vendor-asked-away.component';
import { VendorBurdenComponent } from './vendor-burden.component';
import {
  defaultVendorPackFilters,
  VENDOR_PACK_PRESETS,
} from './vendor-pack-filters';
import { VendorProblemsComponent } from './vendor-problems.component';

/**
 * Managers and navigators: the feedback pack for the programme's vendor, for a period and one or all
 * of their services — on screen, printed (the print stylesheet leaves only the pack and the line
 * naming its period and service) and as a CSV export. The window and service live in the URL query.
 */
@Component({
  selector: 'nd-vendor-pack-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    PageHeaderComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    ReportFiltersBarComponent,
    ReportExportComponent,
    VendorProblemsComponent,
    VendorAskedAwayComponent,
    VendorBurdenComponent,
  ],
  templateUrl: './vendor-pack-page.component.html',
  styleUrl: './vendor-pack-page.component.scss',
})
export class VendorPackPageComponent implements OnInit {
  readonly #route = inject(ActivatedRoute);
  readonly #router = inject(Router);
  readonly #api = inject(ReportsApi);
  readonly #services = inject(ServicesApi);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);
  readonly #window = inject(DOCUMENT).defaultView;

  readonly today = inject(REPORTS_TODAY)();
  readonly presets = VENDOR_PACK_PRESETS;
  readonly #defaults = defaultVendorPackFilters(this.today);

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
    fetch: (params) => this.#api.vendorPack(windowQuery(params)),
    // A closed period for the vendor: live changes are not worth redrawing it for.
    live: [],
  });

  readonly exportParams = computed(() =>
    exportParams('vendor-pack', this.filters()),
  );

  /** The line a printed pack opens with: which days and which services it covers. */
  readonly summary = computed(() => {
    const { from, to, serviceId } = this.filters();
    const service = serviceId
      ? (this.serviceOptions().find((s) => s.id === serviceId)?.name ??
        'one service')
      : 'all your services';
    return `Period: ${longDate(from)} to ${longDate(addDays(to, -1))}. Services: ${service}.`;
  });

  ngOnInit(): void {
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => this.services.set(page.items),
        // The picker falls back to the session's service ids; the pack itself does not need names.
        error: () => undefined,
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

  print(): void {
    this.#window?.print();
  }
}
