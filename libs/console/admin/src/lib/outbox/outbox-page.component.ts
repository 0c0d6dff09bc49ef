import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { OperationsApi, pagedList } from '@navdesk/console/data-access';
import {
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';

@Component({
  selector: 'nd-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
  ],
  template: `
    <nd-list-page
      heading="Outbox e-mails"
      lead="Messages handed to the e-mail transport, newest first."
      [count]="emails().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="The outbox could not be loaded"
      loadingLabel="Loading e-mails…"
      emptyHeading="No e-mails yet"
      emptyMessage="E-mails appear here once Navdesk sends them."
    >
      <button
        ndListActions
        mat-stroked-button
        type="button"
        (click)="reload()"
        [disabled]="loading()"
      >
        Refresh
      </button>
      <ng-template ndListPageBody>
        <ul class="emails" aria-label="Outbox e-mails">
          @for (email of emails(); track email.id) {
            <li class="email">
              <div class="email__head">
                <span class="email__subject">{{ email.subject }}</span>
                <span class="email__meta">
                  to {{ email.recipient }} · {{ email.transport }} ·
                  <time [attr.datetime]="email.createdAt">{{
                    email.createdAt | ukDate: 'd MMM y, HH:mm'
                  }}</time>
                </span>
              </div>
              <button
                mat-button
                type="button"
                [attr.aria-expanded]="openId() === email.id"
                (click)="openId.set(openId() === email.id ? null : email.id)"
              >
                {{ openId() === email.id ? 'Hide message' : 'Show message' }}
              </button>
              @if (openId() === email.id) {
                <pre class="email__body">{{ email.body }}</pre>
              }
            </li>
          }
        </ul>
        @if (nextCursor()) {
          <nd-load-more
            label="Show more e-mails"
            [loading]="loadingMore()"
            (more)="loadMore()"
          />
        }
      </ng-template>
    </nd-list-page>
  `,
  styles: `
    .emails {
      list-style: none;
      margin: 0;
      padding: 0;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-lowest);
    }
    .email {
      padding: 12px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .email:last-child {
      border-bottom: 0;
    }
    .email__subject {
      display: block;
      font-weight: 600;
    }
    .email__meta {
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
    }
    .email__body {
      white-space: pre-wrap;
      font-family: inherit;
      margin: 8px 0 0;
      padding: 12px;
      border-radius: 8px;
      background: var(--nd-page-background);
    }
  `,
})
export class OutboxPageComponent implements OnInit {
  readonly #ops = inject(OperationsApi);
  readonly #list = pagedList((cursor) =>
    this.#ops.outboundEmails({ limit: 50, cursor }),
  );
  readonly emails = this.#list.items;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;
  readonly openId = signal<string | null>(null);

  ngOnInit(): void {
    this.#list.load();
  }

  reload(): void {
    this.#list.load();
  }

  loadMore(): void {
    this.#list.loadMore();
  }
}
