import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { debounceTime } from 'rxjs';
import { KbApi, pagedList, SessionStore } from '@navdesk/console/data-access';
import {
  FilterBarComponent,
  FilterSelectComponent,
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  TICKET_CATEGORIES,
  TicketCategory,
} from '@navdesk/contracts';

@Component({
  selector: 'nd-kb-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    FilterBarComponent,
    FilterSelectComponent,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
  ],
  template: `
    <nd-list-page
      heading="Knowledge base"
      lead="Short answers to common questions about the digital programme — many issues are solved here in a minute."
      [count]="articles().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="The articles could not be loaded"
      loadingLabel="Loading articles…"
      emptyHeading="No articles found"
      [emptyMessage]="
        query()
          ? 'Try other words, or raise an issue.'
          : 'Navigators add articles as questions come up.'
      "
    >
      @if (isNavigator()) {
        <a ndListActions mat-flat-button routerLink="new">New article</a>
      }

      <nd-filter-bar
        ndListFilters
        class="filters"
        label="Search the knowledge base"
      >
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          class="search"
        >
          <mat-label>Search articles</mat-label>
          <input
            matInput
            type="search"
            autocomplete="off"
            [value]="searchText()"
            (input)="searchText.set($any($event.target).value)"
          />
        </mat-form-field>
        <nd-filter-select
          label="Category"
          anyLabel="All categories"
          [options]="categories"
          [labels]="categoryLabels"
          [value]="category()"
          (valueChange)="category.set($event)"
        />
      </nd-filter-bar>

      <ng-template ndListPageBody>
        <ul class="articles">
          @for (article of articles(); track article.id) {
            <li class="article">
              <h2>
                <a [routerLink]="[article.id]">{{ article.title }}</a>
              </h2>
              <p>{{ article.summary }}</p>
              <p class="meta">
                {{ categoryLabels[article.category] }} · updated
                {{ article.updatedAt | ukDate: 'd MMM y' }}
              </p>
            </li>
          }
        </ul>
        @if (nextCursor()) {
          <nd-load-more
            label="Show more articles"
            [loading]="loadingMore()"
            (more)="loadMore()"
          />
        }
      </ng-template>
    </nd-list-page>
  `,
  styles: `
    .filters {
      margin-bottom: 20px;
    }
    .search {
      flex: 1 1 320px;
    }
    .articles {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 16px;
    }
    .article {
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      h2 {
        margin: 0 0 8px;
        font: var(--mat-sys-title-medium);
      }
      p {
        margin: 0 0 8px;
      }
    }
    .meta {
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
    }
  `,
})
export class KbPageComponent {
  readonly #kb = inject(KbApi);
  readonly isNavigator = inject(SessionStore).isNavigator;

  readonly categories = TICKET_CATEGORIES;
  readonly categoryLabels = CATEGORY_LABELS;
  readonly searchText = signal('');
  readonly query = signal('');
  readonly category = signal<TicketCategory | ''>('');

  readonly #list = pagedList((cursor) =>
    this.#kb.list(
      {
        q: untracked(this.query).trim() || undefined,
        category: untracked(this.category) || undefined,
      },
      { limit: 30, cursor },
    ),
  );
  readonly articles = this.#list.items;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;

  constructor() {
    toObservable(this.searchText)
      .pipe(debounceTime(300), takeUntilDestroyed())
      .subscribe((q) => this.query.set(q));
    effect(() => {
      this.query();
      this.category();
      untracked(() => this.#list.load());
    });
  }

  loadMore(): void {
    this.#list.loadMore();
  }
}
