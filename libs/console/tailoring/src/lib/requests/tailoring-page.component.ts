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
import {
  MatButtonToggle,
  MatButtonToggleGroup,
} from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime } from 'rxjs';
import {
  errorStatus,
  LiveEventsService,
  pagedList,
  SessionStore,
  TailoringApi,
  TailoringListQuery,
  toApiError,
} from '@navdesk/console/data-access';
import {
  describeTailoringChange,
  ErrorBannerComponent,
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  TAILORING_STATUS_LABELS,
} from '@navdesk/console/ui';
import {
  TailoringDecision,
  TailoringRequestView,
  TailoringStatus,
} from '@navdesk/contracts';
import { TailoringStatusChipComponent } from '../badges/tailoring-status-chip.component';
import { ageWords } from './age-words';
import { askForDecision } from './decision-dialog.component';

export type TailoringStatusFilter = TailoringStatus | 'all';

export const PAGE_SIZE = 50;
export const STALE_DECISION = 'Someone else decided this request; reloaded.';

/**
 * Navigators: the tailoring requests of their services, pending first, to approve or decline
 * with a note. PWPs: the requests they made and what became of them.
 */
@Component({
  selector: 'nd-tailoring-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatTableModule,
    ErrorBannerComponent,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
    TailoringStatusChipComponent,
  ],
  templateUrl: './tailoring-page.component.html',
  styleUrl: './tailoring-page.component.scss',
})
export class TailoringPageComponent implements OnInit {
  readonly #api = inject(TailoringApi);
  readonly #live = inject(LiveEventsService);
  readonly #dialog = inject(MatDialog);
  readonly #destroyRef = inject(DestroyRef);

  readonly isNavigator = inject(SessionStore).isNavigator;
  readonly heading = computed(() =>
    this.isNavigator() ? 'Tailoring requests' : 'My tailoring requests',
  );
  readonly lead = computed(() =>
    this.isNavigator()
      ? 'Requests from PWPs to skip, replace or add a programme module for a patient. Approve or decline each with a note; approved changes are applied through the digital programme.'
      : 'The changes you asked for to your patients’ programmes, and what your digital navigator decided. Ask for a change from a patient’s page.',
  );
  readonly columns = computed(() =>
    this.isNavigator()
      ? [
          'patient',
          'change',
          'reason',
          'requestedBy',
          'age',
          'status',
          'actions',
        ]
      : ['patient', 'change', 'reason', 'age', 'status'],
  );

  readonly filters: readonly TailoringStatusFilter[] = [
    'pending',
    'queued',
    'failed',
    'applied',
    'declined',
    'all',
  ];
  readonly filterLabels: Record<TailoringStatusFilter, string> = {
    ...TAILORING_STATUS_LABELS,
    queued: 'Being applied',
    all: 'All',
  };

  /** Navigators start on what needs deciding; PWPs see everything they asked. */
  readonly status = signal<TailoringStatusFilter>(
    this.isNavigator() ? 'pending' : 'all',
  );
  readonly busy = signal<ReadonlySet<string>>(new Set());
  readonly actionError = signal<string | null>(null);
  readonly announcement = signal('');

  readonly #list = pagedList((cursor) =>
    this.#api.list(this.#query(), { limit: PAGE_SIZE, cursor }),
  );
  readonly requests = this.#list.items;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;

  constructor() {
    effect(() => {
      this.status();
      untracked(() => this.#list.load());
    });
  }

  ngOnInit(): void {
    this.#live
      .ofType('tailoring.changed')
      .pipe(debounceTime(200), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.#refresh());
  }

  setStatus(status: TailoringStatusFilter): void {
    this.actionError.set(null);
    this.status.set(status);
  }

  reload(): void {
    this.#list.load();
  }

  loadMore(): void {
    this.#list.loadMore();
  }

  change(request: TailoringRequestView): string {
    return describeTailoringChange(request);
  }

  age(request: TailoringRequestView): string {
    return ageWords(request.createdAt, Date.now());
  }

  emptyHeading(): string {
    const status = this.status();
    if (status === 'all') {
      return this.isNavigator()
        ? 'No tailoring requests yet'
        : 'You have not asked for any changes yet';
    }
    return `No ${this.filterLabels[status].toLowerCase()} requests`;
  }

  isBusy(request: TailoringRequestView): boolean {
    return this.busy().has(request.id);
  }

  decide(request: TailoringRequestView, decision: TailoringDecision): void {
    if (this.isBusy(request)) return;
    askForDecision(this.#dialog, { request, decision })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe((note) => {
        if (note) this.#decide(request, decision, note);
      });
  }

  retry(request: TailoringRequestView): void {
    if (this.isBusy(request)) return;
    this.#setBusy(request.id, true);
    this.actionError.set(null);
    this.#api
      .retry(request.id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.#setBusy(request.id, false);
          this.announcement.set(
            `${this.change(request)} for ${request.patientRef}: being applied again.`,
          );
          this.#refresh();
        },
        error: (error: unknown) => {
          this.#setBusy(request.id, false);
          this.actionError.set(toApiError(error).message);
          this.#refresh();
        },
      });
  }

  #decide(
    request: TailoringRequestView,
    decision: TailoringDecision,
    note: string,
  ): void {
    this.#setBusy(request.id, true);
    this.actionError.set(null);
    this.#api
      .decide(request.id, { version: request.version, decision, note })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (updated) => {
          this.#setBusy(request.id, false);
          this.#merge([updated]);
          this.announcement.set(
            `${decision === 'approved' ? 'Approved' : 'Declined'}: ${this.change(updated)} for ${updated.patientRef}.`,
          );
        },
        error: (error: unknown) => {
          this.#setBusy(request.id, false);
          if (errorStatus(error) === 409) {
            this.actionError.set(STALE_DECISION);
            this.#list.load();
          } else {
            this.actionError.set(toApiError(error).message);
          }
        },
      });
  }

  /** Live: re-read the first page in place; rows loaded further down are kept. */
  #refresh(): void {
    this.#api
      .list(this.#query(), { limit: PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          const fresh = new Set(page.items.map((r) => r.id));
          const beyond = this.requests()
            .slice(PAGE_SIZE)
            .filter((r) => !fresh.has(r.id));
          this.#list.items.set([...page.items, ...beyond]);
          if (beyond.length === 0) this.#list.nextCursor.set(page.nextCursor);
        },
        error: () => undefined,
      });
  }

  /** Fresh copies in place; those the filter no longer shows leave. */
  #merge(updates: TailoringRequestView[]): void {
    const status = this.status();
    const byId = new Map(updates.map((r) => [r.id, r]));
    this.#list.items.update((current) =>
      current
        .map((r) => byId.get(r.id) ?? r)
        .filter((r) => status === 'all' || r.status === status),
    );
  }

  #setBusy(id: string, on: boolean): void {
    this.busy.update((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  #query(): TailoringListQuery {
    const status = untracked(this.status);
    return status === 'all' ? {} : { status };
  }
}
