import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { KbApi, SessionStore, toApiError } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { CATEGORY_LABELS, KbArticleView } from '@navdesk/contracts';

@Component({
  selector: 'nd-kb-article-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatAnchor,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  template: `
    <a class="back" routerLink="/kb">← Knowledge base</a>
    @if (error(); as message) {
      <nd-error-banner
        heading="The article could not be loaded"
        [message]="message"
      />
    } @else if (article(); as a) {
      <article class="article">
        <p class="kicker">{{ categoryLabels[a.category] }}</p>
        <h1>{{ a.title }}</h1>
        <p class="summary">{{ a.summary }}</p>
        <div class="body">{{ a.body }}</div>
        <p class="meta">
          Updated {{ a.updatedAt | ukDate: 'd MMM y' }}
          @if (a.tags.length > 0) {
            · {{ a.tags.join(', ') }}
          }
        </p>
      </article>
      @if (canRaise()) {
        <p class="next">
          Still stuck? <a mat-button routerLink="/raise">Raise an issue</a>
        </p>
      }
    } @else {
      <nd-loading-indicator label="Loading the article…" />
    }
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 16px;
      font-weight: 600;
    }
    .article {
      max-width: 72ch;
      padding: 24px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    h1 {
      margin: 0 0 8px;
      font: var(--mat-sys-headline-medium);
    }
    .kicker,
    .meta {
      margin: 0;
      color: var(--nd-text-secondary);
      font-size: 0.875rem;
    }
    .summary {
      font: var(--mat-sys-title-medium);
    }
    .body {
      white-space: pre-wrap;
      margin-bottom: 16px;
    }
  `,
})
export class KbArticlePageComponent {
  readonly #kb = inject(KbApi);
  readonly #destroyRef = inject(DestroyRef);
  readonly #session = inject(SessionStore);

  readonly id = input.required<string>();
  readonly article = signal<KbArticleView | null>(null);
  readonly error = signal<string | null>(null);
  readonly categoryLabels = CATEGORY_LABELS;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.#load(id));
    });
  }

  canRaise(): boolean {
    return this.#session.hasRole('pwp', 'navigator');
  }

  #load(id: string): void {
    this.article.set(null);
    this.error.set(null);
    this.#kb
      .get(id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (article) => this.article.set(article),
        error: (error: unknown) => this.error.set(toApiError(error).message),
      });
  }
}
