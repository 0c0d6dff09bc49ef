import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ReportsApi } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import { ReportExportComponent } from '../export/report-export.component';
import { addDays } from '../filters/report-dates';
import {
  exportParams,
  ReportFilters,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import { ReportFiltersBarComponent } from '../filters/report-filters-bar.component';
import { injectReportPageFilters } from '../filters/report-page-filters';
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
export class VendorPackPageComponent {
  readonly #api = inject(ReportsApi);
  readonly #window = inject(DOCUMENT).defaultView;
  readonly #page = injectReportPageFilters(defaultVendorPackFilters);

  readonly today = this.#page.today;
  readonly presets = VENDOR_PACK_PRESETS;
  readonly filters = this.#page.filters;
  readonly corrected = this.#page.corrected;
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
    fetch: (params) => this.#api.vendorPack(windowQuery(params)),
    // A closed period for the vendor: live changes are not worth redrawing it for.
    live: [],
  });

  readonly exportParams = computed(() =>
    exportParams('vendor-pack', this.filters()),
  );

  /** The line a printed pack opens with: which days and which services it covers. */
  readonly summary = computed(() => {
    const { from, to } = this.filters();
    return `Period: ${longDate(from)} to ${longDate(addDays(to, -1))}. Services: ${this.#page.serviceName()}.`;
  });

  setFilters(filters: ReportFilters): void {
    this.#page.set(filters);
  }

  showAllServices(): void {
    this.#page.showAllServices();
  }

  print(): void {
    this.#window?.print();
  }
}
