import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime } from 'rxjs';
import {
  FlagsApi,
  LiveEventsService,
  pagedList,
  ServicesApi,
  SessionStore,
} from '@navdesk/console/data-access';
import {
  FilterBarComponent,
  FilterSelectComponent,
  FLAG_KIND_LABELS,
  ListPageBodyDirective,
  ListPageComponent,
  LoadingIndicatorComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import {
  FLAG_CAUSES,
  FLAG_KINDS,
  FLAG_STATUSES,
  PatientFlagView,
  ServiceView,
} from '@navdesk/contracts';
import {
  FLAG_CAUSE_LABELS,
  FLAG_STATUS_LABELS,
} from '../badges/engagement-labels';
import { FlagAcknowledgeComponent } from '../badges/flag-acknowledge.component';
import { FlagChipComponent } from '../badges/flag-chip.component';
import { ThresholdsFormComponent } from '../thresholds/thresholds-form.component';
import {
  DEFAULT_FLAG_FILTERS,
  FlagFilters,
  matchesFlagFilters,
  toFlagQuery,
} from './flag-filters';

const PAGE_SIZE = 50;

/**
 * Navigators' task list: flags raised on their services' patients, newest first, live; each
 * acknowledged with a note. Below it, each service's thresholds.
 */
@Component({
  selector: 'nd-flags-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatButton,
    MatTableModule,
    FilterBarComponent,
    FilterSelectComponent,
    ListPageComponent,
    ListPageBodyDirective,
    LoadingIndicatorComponent,
    LoadMoreComponent,
    FlagChipComponent,
    FlagAcknowledgeComponent,
    ThresholdsFormComponent,
  ],
  templateUrl: './flags-page.component.html',
  styleUrl: './flags-page.component.scss',
})
export class FlagsPageComponent implements OnInit {
  readonly #api = inject(FlagsApi);
  readonly #live = inject(LiveEventsService);
  readonly #services = inject(ServicesApi);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);

  readonly kinds = FLAG_KINDS;
  readonly causes = FLAG_CAUSES;
  readonly statuses = FLAG_STATUSES;
  readonly kindLabels = FLAG_KIND_LABELS;
  readonly causeLabels = FLAG_CAUSE_LABELS;
  readonly statusLabels = FLAG_STATUS_LABELS;
  readonly columns = [
    'patient',
    'flag',
    'cause',
    'detail',
    'raised',
    'status',
    'actions',
  ];

  readonly filters = signal<FlagFilters>(DEFAULT_FLAG_FILTERS);
  readonly filtered = computed(() => {
    const f = this.filters();
    return f.kind !== '' || f.cause !== '' || f.status !== 'open';
  });
  /** Said politely: a flag acknowledged, new flags arrived. */
  readonly announcement = signal('');
  readonly live = this.#live.connected;

  readonly #list = pagedList((cursor) =>
    this.#api.list(toFlagQuery(untracked(this.filters)), {
      limit: PAGE_SIZE,
      cursor,
    }),
  );
  readonly flags = this.#list.items;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;

  readonly services = signal<ServiceView[] | null>(null);
  /** The navigator's services, by name where known. */
  readonly myServices = computed(() => {
    const ids = this.#session.user()?.serviceIds ?? [];
    const names = new Map(
      (this.services() ?? []).map((service) => [service.id, service.name]),
    );
    return ids.map((id) => ({ id, name: names.get(id) ?? 'Your service' }));
  });

  constructor() {
    effect(() => {
      this.filters();
      untracked(() => this.#list.load());
    });
  }

  ngOnInit(): void {
    this.#live
      .ofType('patient.changed')
      .pipe(debounceTime(300), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.#refresh());
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => this.services.set(page.items),
        error: () => this.services.set([]),
      });
  }

  setFilter<K extends keyof FlagFilters>(key: K, value: FlagFilters[K]): void {
    this.filters.update((current) => ({ ...current, [key]: value }));
  }

  clearFilters(): void {
    this.filters.set(DEFAULT_FLAG_FILTERS);
  }

  reload(): void {
    this.#list.load();
  }

  loadMore(): void {
    this.#list.loadMore();
  }

  causeLabel(flag: PatientFlagView): string {
    return FLAG_CAUSE_LABELS[flag.cause];
  }

  statusLabel(flag: PatientFlagView): string {
    return FLAG_STATUS_LABELS[flag.status];
  }

  /** A flag acknowledged from its row: updated in place (or dropped by the filter), and said. */
  acknowledged(updated: PatientFlagView): void {
    this.#merge([updated]);
    this.announcement.set(
      `${FLAG_KIND_LABELS[updated.kind]} flag for ${updated.patientRef} acknowledged.`,
    );
  }

  /** Live: re-read the first page; new flags join at the top, changed ones update in place. */
  #refresh(): void {
    this.#api
      .list(toFlagQuery(this.filters()), { limit: PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          const known = new Set(this.flags().map((flag) => flag.id));
          const added = page.items.filter((flag) => !known.has(flag.id));
          const fresh = new Set(page.items.map((flag) => flag.id));
          // Rows of the first page that the API no longer lists have left the filter.
          const firstPage = new Set(
            this.flags()
              .slice(0, PAGE_SIZE)
              .map((f) => f.id),
          );
          const kept = this.flags().filter(
            (flag) => fresh.has(flag.id) || !firstPage.has(flag.id),
          );
          this.#list.items.set(kept);
          this.#merge(page.items);
          if (added.length > 0) {
            this.announcement.set(
              added.length === 1
                ? `New flag: ${FLAG_KIND_LABELS[added[0].kind]} for ${added[0].patientRef}.`
                : `${added.length} new flags.`,
            );
          }
        },
        error: () => undefined,
      });
  }

  /** Fresh copies in place, new ones in order (newest first), those the filter no longer shows dropped. */
  #merge(updates: PatientFlagView[]): void {
    const filters = this.filters();
    const byId = new Map(updates.map((flag) => [flag.id, flag]));
    const current = this.flags();
    const known = new Set(current.map((flag) => flag.id));
    const added = updates.filter(
      (flag) => !known.has(flag.id) && matchesFlagFilters(flag, filters),
    );
    const merged = current
      .map((flag) => byId.get(flag.id) ?? flag)
      .filter((flag) => matchesFlagFilters(flag, filters));
    this.#list.items.set(
      added.length > 0
        ? [...added, ...merged].sort((a, b) =>
            b.raisedAt.localeCompare(a.raisedAt),
          )
        : merged,
    );
  }
}
