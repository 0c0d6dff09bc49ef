import {
  ChangeDetectionStrategy,
  Component,
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
import { buffer, debounceTime, filter, map } from 'rxjs';
import {
  errorStatus,
  isResetRetryable,
  LiveEventsService,
  LoginResetsApi,
  pagedList,
  RESET_CHANNEL_LABELS,
  RESET_STATUS_LABELS,
  toApiError,
} from '@navdesk/console/data-access';
import {
  confirmAction,
  ErrorBannerComponent,
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import {
  LoginResetView,
  RESET_LIMITS,
  RESET_STATUSES,
  ResetStatus,
} from '@navdesk/contracts';

export type ResetStatusFilter = ResetStatus | 'all';

const PAGE_SIZE = 50;

const PILL_CLASSES: Record<ResetStatus, string> = {
  queued: 'nd-pill',
  sent: 'nd-pill',
  completed: 'nd-pill nd-pill--good',
  failed: 'nd-pill nd-pill--bad',
  expired: 'nd-pill nd-pill--muted',
};

/** Newest first, as the API sorts. */
function byNewest(a: LoginResetView, b: LoginResetView): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

/** Navigators: every log-in reset in their services, live, with a retry for failed and expired ones. */
@Component({
  selector: 'nd-resets-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatTableModule,
    ErrorBannerComponent,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
  ],
  templateUrl: './resets-page.component.html',
  styleUrl: './resets-page.component.scss',
})
export class ResetsPageComponent implements OnInit {
  readonly #api = inject(LoginResetsApi);
  readonly #live = inject(LiveEventsService);
  readonly #dialog = inject(MatDialog);
  readonly #destroyRef = inject(DestroyRef);

  readonly filters: readonly ResetStatusFilter[] = ['all', ...RESET_STATUSES];
  readonly filterLabels: Record<ResetStatusFilter, string> = {
    all: 'All',
    ...RESET_STATUS_LABELS,
  };
  readonly statusLabels = RESET_STATUS_LABELS;
  readonly maxAttempts = RESET_LIMITS.attempts;
  readonly columns = [
    'patient',
    'channel',
    'status',
    'attempts',
    'requestedBy',
    'requestedAt',
    'ticket',
    'actions',
  ];

  readonly status = signal<ResetStatusFilter>('all');
  readonly retrying = signal<ReadonlySet<string>>(new Set());
  readonly actionError = signal<string | null>(null);
  /** Said politely to screen readers: a retry done, a reset that moved on. */
  readonly announcement = signal('');

  readonly #list = pagedList((cursor) =>
    this.#api.list(this.#query(), { limit: PAGE_SIZE, cursor }),
  );
  readonly resets = this.#list.items;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;

  constructor() {
    effect(() => {
      this.status();
      untracked(() => {
        this.actionError.set(null);
        this.#list.load();
      });
    });
  }

  ngOnInit(): void {
    const events = this.#live.ofType('reset.changed');
    events
      .pipe(
        buffer(events.pipe(debounceTime(200))),
        map((batch) => [...new Set(batch.map((event) => event.id))]),
        filter((ids) => ids.length > 0),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe((ids) => this.#refresh(ids));
  }

  setStatus(status: ResetStatusFilter): void {
    this.status.set(status);
  }

  reload(): void {
    this.#list.load();
  }

  loadMore(): void {
    this.#list.loadMore();
  }

  statusLabel(reset: LoginResetView): string {
    return RESET_STATUS_LABELS[reset.status];
  }

  channelLabel(reset: LoginResetView): string {
    return RESET_CHANNEL_LABELS[reset.channel];
  }

  pillClass(reset: LoginResetView): string {
    return PILL_CLASSES[reset.status];
  }

  canRetry(reset: LoginResetView): boolean {
    return isResetRetryable(reset.status);
  }

  retry(reset: LoginResetView): void {
    if (this.retrying().has(reset.id)) return;
    confirmAction(this.#dialog, {
      title: `Retry the reset for ${reset.patientRef}?`,
      message: `The digital programme will be asked again to send a log-in link by ${
        reset.channel === 'email' ? 'email' : 'text message (SMS)'
      }. The patient gets a new link; the last one no longer matters.`,
      confirm: 'Retry reset',
    })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.#retry(reset);
      });
  }

  #retry(reset: LoginResetView): void {
    this.#setRetrying(reset.id, true);
    this.actionError.set(null);
    this.#api
      .retry(reset.id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (view) => {
          this.#setRetrying(reset.id, false);
          this.#merge([view]);
          this.announcement.set(
            `Reset for ${view.patientRef} retried: it is ${this.statusLabels[view.status].toLowerCase()} again.`,
          );
        },
        error: (error: unknown) => {
          this.#setRetrying(reset.id, false);
          this.actionError.set(
            errorStatus(error) === 409
              ? `The reset for ${reset.patientRef} can't be retried: it has changed since the list was loaded. The list now shows where it is.`
              : toApiError(error).message,
          );
          this.#refresh([reset.id]);
        },
      });
  }

  /**
   * Live changes: re-read the first page (new resets appear at the top) and any changed reset
   * loaded further down.
   */
  #refresh(ids: string[]): void {
    this.#api
      .list(this.#query(), { limit: PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          const fresh = new Set(page.items.map((reset) => reset.id));
          this.#merge(page.items);
          for (const id of ids) {
            if (!fresh.has(id) && this.resets().some((r) => r.id === id)) {
              this.#refetchOne(id);
            }
          }
        },
        error: () => undefined,
      });
  }

  #refetchOne(id: string): void {
    this.#api
      .get(id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: ({ timeline: _timeline, ...reset }) => this.#merge([reset]),
        error: () => undefined,
      });
  }

  /** Puts fresh copies in place, adds new ones in order, drops those the filter no longer shows. */
  #merge(updates: LoginResetView[]): void {
    const status = this.status();
    const shown = (reset: LoginResetView) =>
      status === 'all' || reset.status === status;
    const byId = new Map(updates.map((reset) => [reset.id, reset]));
    const current = this.resets();
    for (const before of current) {
      const after = byId.get(before.id);
      if (after && after.status !== before.status) {
        this.announcement.set(
          `Reset for ${after.patientRef} is now ${this.statusLabels[after.status].toLowerCase()}.`,
        );
      }
    }
    const known = new Set(current.map((reset) => reset.id));
    const added = updates.filter(
      (reset) => !known.has(reset.id) && shown(reset),
    );
    const merged = current
      .map((reset) => byId.get(reset.id) ?? reset)
      .filter(shown);
    this.#list.items.set(
      added.length > 0 ? [...added, ...merged].sort(byNewest) : merged,
    );
  }

  #setRetrying(id: string, on: boolean): void {
    this.retrying.update((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  #query(): { status?: ResetStatus } {
    const status = untracked(this.status);
    return status === 'all' ? {} : { status };
  }
}
