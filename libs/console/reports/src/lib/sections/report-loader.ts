import {
  DestroyRef,
  effect,
  inject,
  InjectionToken,
  Signal,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { debounceTime, merge, Observable, Subscription } from 'rxjs';
import {
  LiveEventsService,
  LiveEventType,
  toApiError,
} from '@navdesk/console/data-access';
import { REPORTS_TODAY } from '../filters/report-dates';
import {
  ReportWindowFilters,
  windowIncludesToday,
} from '../filters/report-filters';

/** How long live changes settle before a report is read again; tests shorten it. */
export const REPORTS_LIVE_DEBOUNCE_MS = new InjectionToken<number>(
  'REPORTS_LIVE_DEBOUNCE_MS',
  { providedIn: 'root', factory: () => 2000 },
);

export interface ReportState<T> {
  readonly data: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<string | null>;
  /** Reads the report again; `quiet` keeps what is shown while it loads, and on failure. */
  load(quiet?: boolean): void;
}

export interface ReportSource<P extends ReportWindowFilters, T> {
  /** The report's query (a signal-reading function); the report reloads when it changes. */
  params: Signal<P>;
  fetch: (params: P) => Observable<T>;
  /** Live events that can change this report's figures while its window includes today. */
  live: readonly LiveEventType[];
}

/**
 * One report's data, loaded when its query changes and quietly refreshed on live changes
 * (call in an injection context).
 */
export function injectReport<P extends ReportWindowFilters, T>(
  source: ReportSource<P, T>,
): ReportState<T> {
  const destroyRef = inject(DestroyRef);
  const live = inject(LiveEventsService);
  const today = inject(REPORTS_TODAY);
  const debounce = inject(REPORTS_LIVE_DEBOUNCE_MS);

  const data = signal<T | null>(null);
  const loading = signal(true);
  const error = signal<string | null>(null);
  let current: Subscription | null = null;

  function load(quiet = false): void {
    current?.unsubscribe();
    if (!quiet) {
      loading.set(true);
      error.set(null);
    }
    current = source
      .fetch(untracked(source.params))
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({
        next: (report) => {
          data.set(report);
          error.set(null);
          loading.set(false);
        },
        error: (failure: unknown) => {
          loading.set(false);
          if (!quiet) {
            data.set(null);
            error.set(toApiError(failure).message);
          }
        },
      });
  }

  effect(() => {
    source.params();
    untracked(() => load());
  });

  if (source.live.length > 0) {
    merge(...source.live.map((type) => live.ofType(type)))
      .pipe(debounceTime(debounce), takeUntilDestroyed(destroyRef))
      .subscribe(() => {
        if (windowIncludesToday(untracked(source.params), today())) load(true);
      });
  }

  return {
    data: data.asReadonly(),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    load,
  };
}
