import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime } from 'rxjs';
import {
  LiveEventsService,
  pagedList,
  TicketsApi,
} from '@navdesk/console/data-access';
import {
  KIND_LABELS,
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { PAGE_LIMIT_MAX, TicketView } from '@navdesk/contracts';
import { StatusChipComponent } from '../ticket-badges/status-chip.component';
import { isOpen } from '../ticket-status';

/** The API sorts by SLA; a reporter wants "what needs me" and "what moved" instead, so take a big page. */
const PAGE_SIZE = PAGE_LIMIT_MAX;

/** Waiting on the reporter first, then other open issues, then the rest; latest update first. */
export function byAttention(a: TicketView, b: TicketView): number {
  const rank = (t: TicketView) =>
    t.status === 'waiting_on_reporter' ? 0 : isOpen(t) ? 1 : 2;
  return rank(a) - rank(b) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
}

@Component({
  selector: 'nd-my-issues-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    MatTableModule,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
    StatusChipComponent,
  ],
  template: `
    <nd-list-page
      heading="My issues"
      lead="The issues you have raised: those waiting on you first, then open ones, latest update first."
      [count]="tickets().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="Your issues could not be loaded"
      loadingLabel="Loading your issues…"
      emptyHeading="No issues yet"
      emptyMessage="When you raise an issue it appears here with its status and the navigator's replies."
    >
      <a ndListActions mat-flat-button routerLink="/raise">Raise an issue</a>
      <button
        ndListErrorActions
        mat-stroked-button
        type="button"
        class="retry"
        (click)="reload()"
      >
        Try again
      </button>
      <ng-template ndListPageBody>
        <div class="nd-table-card">
          <table mat-table [dataSource]="tickets()" aria-label="My issues">
            <ng-container matColumnDef="reference">
              <th mat-header-cell *matHeaderCellDef scope="col">Issue</th>
              <td mat-cell *matCellDef="let ticket">
                <a [routerLink]="['/tickets', ticket.id]" class="title">
                  <span class="ref">{{ ticket.reference }}</span>
                  {{ ticket.title }}
                </a>
                <span class="kind">{{ kindLabel(ticket) }}</span>
              </td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
              <td mat-cell *matCellDef="let ticket">
                <nd-status-chip [status]="ticket.status" />
                @if (ticket.status === 'waiting_on_reporter') {
                  <span class="waiting">Waiting on you</span>
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="updatedAt">
              <th mat-header-cell *matHeaderCellDef scope="col">Last update</th>
              <td mat-cell *matCellDef="let ticket">
                <time [attr.datetime]="ticket.updatedAt">{{
                  ticket.updatedAt | ukDate: 'd MMM y, HH:mm'
                }}</time>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: columns"
              [class.row--waiting]="row.status === 'waiting_on_reporter'"
              [attr.data-ticket-ref]="row.reference"
            ></tr>
          </table>
        </div>
        @if (nextCursor()) {
          <nd-load-more
            label="Show more"
            [loading]="loadingMore()"
            (more)="loadMore()"
          />
        }
      </ng-template>
    </nd-list-page>
  `,
  styles: `
    .title {
      font-weight: 600;
    }
    .ref {
      font-family: 'Courier New', Courier, monospace;
    }
    .kind {
      display: block;
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
    }
    .waiting {
      display: inline-block;
      margin-left: 8px;
      padding: 2px 10px;
      border-radius: 4px;
      background: #ffeb3b;
      color: #212b32;
      font-size: 0.8125rem;
      font-weight: 700;
    }
    .row--waiting {
      box-shadow: inset 4px 0 0 #b37a00;
      background: #fffbea;
    }
    .retry {
      margin-top: 12px;
    }
  `,
})
export class MyIssuesPageComponent implements OnInit {
  readonly #tickets = inject(TicketsApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly columns = ['reference', 'status', 'updatedAt'];
  readonly #list = pagedList((cursor) =>
    this.#tickets.list({ scope: 'mine' }, { limit: PAGE_SIZE, cursor }),
  );
  readonly tickets = computed(() => [...this.#list.items()].sort(byAttention));
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;

  ngOnInit(): void {
    this.#list.load();
    this.#live
      .ofType('ticket.changed')
      .pipe(debounceTime(300), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.#refresh());
  }

  reload(): void {
    this.#list.load();
  }

  loadMore(): void {
    this.#list.loadMore();
  }

  kindLabel(ticket: TicketView): string {
    return KIND_LABELS[ticket.kind];
  }

  /** A quiet refresh: the rows update in place, no loading bar. */
  #refresh(): void {
    this.#tickets
      .list({ scope: 'mine' }, { limit: PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          const fresh = new Map(page.items.map((t) => [t.id, t]));
          this.#list.items.update((items) => {
            const known = new Set(items.map((t) => t.id));
            return [
              ...items.map((t) => fresh.get(t.id) ?? t),
              ...page.items.filter((t) => !known.has(t.id)),
            ];
          });
        },
        error: () => undefined,
      });
  }
}
