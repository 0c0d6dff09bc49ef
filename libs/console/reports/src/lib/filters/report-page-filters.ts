import { computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { ServicesApi, SessionStore } from '@navdesk/console/data-access';
import type { ServiceView } from '@navdesk/contracts';
import { REPORTS_TODAY } from './report-dates';
import {
  parseReportFilters,
  ReportFilters,
  reportQueryParams,
  sameWindow,
} from './report-filters';
import { ServiceOption } from './report-filters-bar.component';

/**
 * A report page's window and service, kept in the URL query (defaults left out of it), with the
 * caller's services for the picker (their ids from the session until the names load). Call in an
 * injection context.
 */
export function injectReportPageFilters(
  defaultsFor: (today: string) => ReportFilters,
) {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const session = inject(SessionStore);
  const today = inject(REPORTS_TODAY)();
  const defaults = defaultsFor(today);

  const query = toSignal(route.queryParamMap, {
    initialValue: route.snapshot.queryParamMap,
  });
  const parsed = computed(() => parseReportFilters(query(), today, defaults));
  const filters = computed(() => parsed().filters, { equal: sameWindow });

  const services = signal<ServiceView[] | null>(null);
  const servicesFailed = signal(false);
  inject(ServicesApi)
    .listForPicker()
    .pipe(takeUntilDestroyed(inject(DestroyRef)))
    .subscribe({
      next: (page) => services.set(page.items),
      error: () => servicesFailed.set(true),
    });

  const serviceOptions = computed<ServiceOption[]>(() => {
    const loaded = services();
    if (loaded) return loaded.map(({ id, name }) => ({ id, name }));
    return (session.user()?.serviceIds ?? []).map((id, index) => ({
      id,
      name: `Service ${index + 1}`,
    }));
  });

  const set = (next: ReportFilters): void => {
    void router.navigate([], {
      relativeTo: route,
      queryParams: reportQueryParams(next, today, defaults),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  };

  return {
    today,
    filters,
    /** Some of the link's filters could not be read: the defaults are shown instead. */
    corrected: computed(() => parsed().corrected),
    servicesFailed: servicesFailed.asReadonly(),
    serviceOptions,
    /** The URL names a service that is not one of the caller's. */
    unknownService: computed(() => {
      const id = filters().serviceId;
      const loaded = services();
      return !!id && loaded !== null && !loaded.some((s) => s.id === id);
    }),
    /** "all your services", or the chosen service's name. */
    serviceName: computed(() => {
      const id = filters().serviceId;
      return id
        ? (serviceOptions().find((s) => s.id === id)?.name ?? 'one service')
        : 'all your services';
    }),
    set,
    showAllServices: () => set({ ...filters(), serviceId: '' }),
  };
}
