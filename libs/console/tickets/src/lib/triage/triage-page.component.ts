import {
  CdkFixedSizeVirtualScroll,
  CdkVirtualForOf,
  CdkVirtualScrollViewport,
} from '@angular/cdk/scrolling';
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
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { bufferTime, debounceTime, filter, map } from 'rxjs';
import {
  LiveEventsService,
  NavigatorsApi,
  pagedList,
  SessionStore,
  TicketsApi,
  toApiError,
} from '@navdesk/console/data-access';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  FilterBarComponent,
  FilterSelectComponent,
  KIND_LABELS,
  LoadingIndicatorComponent,
  PageHeaderComponent,
  PRIORITY_LABELS,
} from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  NavigatorView,
  PRIORITIES,
  STATUS_LABELS,
  THEME_LABELS,
  THEMES,
  TICKET_CATEGORIES,
  TICKET_KINDS,
  TICKET_STATUSES,
  TicketView,
} from '@navdesk/contracts';
import { clock } from '../ticket-badges/clock';
import { PriorityChipComponent } from '../ticket-badges/priority-chip.component';
import { RiskBadgeComponent } from '../ticket-badges/risk-badge.component';
import { SlaBadgeComponent } from '../ticket-badges/sla-badge.component';
import { StatusChipComponent } from '../ticket-badges/status-chip.component';
import { bySlaDue, isOpen } from '../ticket-status';
import {
  DEFAULT_FILTERS,
  matchesFilters,
  StatusFilter,
  toTicketQuery,
  TriageFilters,
} from './triage-filters';

const PAGE_SIZE = 50;
/** Clock skew allowed between the browser and the server when telling a new ticket. */
const ARRIVAL_GRACE_MS = 60_000;
/** Height of one queue row in px (the virtual scroll needs a fixed size). */
export const TRIAGE_ROW_HEIGHT = 84;

@Component({
  selector: 'nd-triage-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    CdkVirtualScrollViewport,
    CdkFixedSizeVirtualScroll,
    CdkVirtualForOf,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    PageHeaderComponent,
    FilterBarComponent,
    FilterSelectComponent,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    PriorityChipComponent,
    RiskBadgeComponent,
    SlaBadgeComponent,
    StatusChipComponent,
  ],
  templateUrl: './triage-page.component.html',
  styleUrl: './triage-page.component.scss',
})
export class TriagePageComponent implements OnInit {
  readonly #tickets = inject(TicketsApi);
  readonly #navigators = inject(NavigatorsApi);
  readonly #live = inject(LiveEventsService);
  readonly #session = inject(SessionStore);
  readonly #snackBar = inject(MatSnackBar);
  readonly #destroyRef = inject(DestroyRef);

  readonly rowHeight = TRIAGE_ROW_HEIGHT;
  readonly statusOptions: readonly StatusFilter[] = [
    'open',
    'any',
    ...TICKET_STATUSES,
  ];
  readonly statusLabels: Record<StatusFilter, string> = {
    open: 'Open',
    any: 'Any status',
    ...STATUS_LABELS,
  };
  readonly breachedOptions = ['yes', 'no'] as const;
  readonly breachedLabels = { yes: 'Breached', no: 'Not breached' };
  readonly kinds = TICKET_KINDS;
  readonly kindLabels = KIND_LABELS;
  readonly categories = TICKET_CATEGORIES;
  readonly categoryLabels = CATEGORY_LABELS;
  readonly themes = THEMES;
  readonly themeLabels = THEME_LABELS;
  readonly priorities = PRIORITIES;
  readonly priorityLabels = PRIORITY_LABELS;

  readonly now = clock();
  readonly filters = signal<TriageFilters>(DEFAULT_FILTERS);
  /** What is typed in the search box; reaches `filters.q` after a pause. */
  readonly searchText = signal('');
  readonly navigators = signal<NavigatorView[]>([]);
  readonly assigneeOptions = computed(() => [
    '',
    'me',
    'unassigned',
    ...this.navigators().map((n) => n.id),
  ]);
  readonly assigneeLabels = computed(() => ({
    '': 'Anyone',
    me: 'Me',
    unassigned: 'Unassigned',
    ...Object.fromEntries(this.navigators().map((n) => [n.id, n.name])),
  }));
  readonly selected = signal<ReadonlySet<string>>(new Set());
  readonly bulkAssignee = signal('');
  readonly assigning = signal(false);
  readonly bulkError = signal<string | null>(null);
  readonly live = this.#live.connected;
  /** Tickets that arrived live since the page opened, newest first (shown above the queue). */
  readonly arrivals = signal<TicketView[]>([]);
  readonly arrivalAnnouncement = computed(() => {
    const latest = this.arrivals()[0];
    return latest ? `New ticket ${latest.reference}: ${latest.title}` : '';
  });
  readonly #openedAt = Date.now();

  readonly #query = computed(() =>
    toTicketQuery(this.filters(), this.#session.user()?.id ?? null),
  );
  readonly #list = pagedList((cursor) =>
    this.#tickets.list(untracked(this.#query), { limit: PAGE_SIZE, cursor }),
  );
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;
  /** The server lists only open tickets for `open`; one resolved since (a live change) leaves the view. */
  readonly tickets = computed(() => {
    const items = this.#list.items();
    return this.filters().status === 'open' ? items.filter(isOpen) : items;
  });
  readonly allSelected = computed(
    () =>
      this.tickets().length > 0 &&
      this.tickets().every((t) => this.selected().has(t.id)),
  );
  readonly someSelected = computed(
    () => this.selected().size > 0 && !this.allSelected(),
  );
  readonly filtered = computed(
    () => JSON.stringify(this.filters()) !== JSON.stringify(DEFAULT_FILTERS),
  );

  constructor() {
    effect(() => {
      this.#query();
      untracked(() => {
        this.selected.set(new Set());
        this.arrivals.set([]);
        this.#list.load();
      });
    });
    toObservable(this.searchText)
      .pipe(debounceTime(300), takeUntilDestroyed())
      .subscribe((q) => this.setFilter('q', q));
  }

  ngOnInit(): void {
    this.#navigators
      .list()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (navigators) => this.navigators.set(navigators),
        error: () => undefined,
      });
    this.#live
      .ofType('ticket.changed')
      .pipe(
        bufferTime(250),
        filter((events) => events.length > 0),
        map((events) => [...new Set(events.map((e) => e.id))]),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe((ids) => this.#refresh(ids));
  }

  setFilter<K extends keyof TriageFilters>(
    key: K,
    value: TriageFilters[K],
  ): void {
    if (this.filters()[key] === value) return;
    this.filters.update((f) => ({ ...f, [key]: value }));
  }

  clearFilters(): void {
    this.searchText.set('');
    this.filters.set(DEFAULT_FILTERS);
  }

  retry(): void {
    this.#list.load();
  }

  /** Asks for the next page as the end of the loaded rows scrolls into view. */
  scrolled(firstVisible: number): void {
    if (firstVisible + 30 >= this.tickets().length) this.#list.loadMore();
  }

  loadMore(): void {
    this.#list.loadMore();
  }

  toggle(ticket: TicketView, checked: boolean): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (checked) next.add(ticket.id);
      else next.delete(ticket.id);
      return next;
    });
  }

  toggleAll(checked: boolean): void {
    this.selected.set(
      checked ? new Set(this.tickets().map((t) => t.id)) : new Set(),
    );
  }

  bulkAssign(): void {
    const assigneeId = this.bulkAssignee();
    const ticketIds = [...this.selected()];
    if (!assigneeId || ticketIds.length === 0) return;
    this.assigning.set(true);
    this.bulkError.set(null);
    this.#tickets
      .bulkAssign({ ticketIds, assigneeId })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: ({ updated }) => {
          this.assigning.set(false);
          const name =
            this.navigators().find((n) => n.id === assigneeId)?.name ??
            'the navigator';
          this.#snackBar.open(
            `Assigned ${updated} ${updated === 1 ? 'ticket' : 'tickets'} to ${name}`,
            'OK',
            { duration: 5000 },
          );
          this.selected.set(new Set());
          this.bulkAssignee.set('');
          this.#list.load();
        },
        error: (error: unknown) => {
          this.assigning.set(false);
          this.bulkError.set(toApiError(error).message);
        },
      });
  }

  trackById(_index: number, ticket: TicketView): string {
    return ticket.id;
  }

  kindLabel(ticket: TicketView): string {
    return KIND_LABELS[ticket.kind];
  }

  categoryLabel(ticket: TicketView): string {
    return ticket.category
      ? CATEGORY_LABELS[ticket.category]
      : 'Not categorised';
  }

  /**
   * A live change: refetch the first page and merge it in (new tickets appear in SLA order),
   * and refetch any changed ticket that is loaded but beyond the first page.
   */
  #refresh(ids: string[]): void {
    this.#tickets
      .list(this.#query(), { limit: PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          const fresh = new Set(page.items.map((t) => t.id));
          const known = new Set(this.#list.items().map((t) => t.id));
          this.#merge(page.items);
          for (const ticket of page.items) {
            if (ids.includes(ticket.id) && !known.has(ticket.id)) {
              this.#arrived(ticket);
            }
          }
          // Changed tickets beyond the first page (a new ticket without an SLA sorts last).
          for (const id of ids) {
            if (!fresh.has(id)) this.#refetchOne(id, !known.has(id));
          }
        },
        error: () => undefined,
      });
  }

  dismissArrivals(): void {
    this.arrivals.set([]);
  }

  /** Only tickets raised since the page opened count as arrivals (not old ones that changed). */
  #arrived(ticket: TicketView): void {
    if (Date.parse(ticket.createdAt) < this.#openedAt - ARRIVAL_GRACE_MS)
      return;
    this.arrivals.update((current) =>
      [ticket, ...current.filter((t) => t.id !== ticket.id)].slice(0, 5),
    );
  }

  #refetchOne(id: string, isNew: boolean): void {
    this.#tickets
      .get(id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: ({ timeline: _timeline, ...ticket }) => {
          const fits = matchesFilters(
            ticket,
            this.filters(),
            this.#session.user()?.id ?? null,
          );
          if (isNew && !fits) return;
          this.#merge([ticket]);
          if (isNew) this.#arrived(ticket);
        },
        error: () => undefined,
      });
  }

  #merge(updates: TicketView[]): void {
    const byId = new Map(updates.map((t) => [t.id, t]));
    this.arrivals.update((arrivals) =>
      arrivals.map((t) => byId.get(t.id) ?? t),
    );
    this.#list.items.update((items) => {
      const merged = items.map((t) => byId.get(t.id) ?? t);
      const known = new Set(items.map((t) => t.id));
      const added = updates.filter((t) => !known.has(t.id));
      return added.length > 0 ? [...merged, ...added].sort(bySlaDue) : merged;
    });
  }
}
