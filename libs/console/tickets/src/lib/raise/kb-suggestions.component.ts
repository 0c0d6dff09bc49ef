import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';
import { KbApi } from '@navdesk/console/data-access';
import { KbArticleView } from '@navdesk/contracts';

export const SUGGEST_DEBOUNCE_MS = 400;
export const SUGGEST_MIN_WORDS = 3;
const SUGGEST_MAX_WORDS = 12;
const SUGGEST_LIMIT = 3;

/** The search text for what has been typed: null under three words; the first dozen words. */
export function suggestionQuery(text: string): string | null {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length < SUGGEST_MIN_WORDS) return null;
  return words.slice(0, SUGGEST_MAX_WORDS).join(' ');
}

/** Up to three knowledge-base articles that may answer the issue being typed. */
@Component({
  selector: 'nd-kb-suggestions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton],
  template: `
    <div aria-live="polite">
      @if (articles().length > 0) {
        <section class="suggestions" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">These articles may help</h2>
          <ul>
            @for (article of articles(); track article.id) {
              <li class="article">
                <p class="article__title">{{ article.title }}</p>
                <p class="article__summary">{{ article.summary }}</p>
                <button
                  mat-button
                  type="button"
                  [attr.aria-expanded]="openId() === article.id"
                  [attr.aria-controls]="'kb-body-' + article.id"
                  (click)="toggle(article)"
                >
                  {{
                    openId() === article.id ? 'Hide article' : 'Read article'
                  }}
                </button>
                @if (openId() === article.id) {
                  <div class="article__body" [id]="'kb-body-' + article.id">
                    {{ article.body }}
                  </div>
                }
              </li>
            }
          </ul>
        </section>
      }
    </div>
  `,
  styles: `
    .suggestions {
      padding: 16px;
      border-radius: 12px;
      background: #e8f1fb;
      border: 1px solid #005eb8;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .article {
      padding: 12px;
      border-radius: 8px;
      background: #fff;
    }
    .article__title {
      margin: 0;
      font-weight: 600;
    }
    .article__summary {
      margin: 4px 0;
      color: var(--nd-text-secondary);
    }
    .article__body {
      margin-top: 8px;
      white-space: pre-wrap;
    }
  `,
})
export class KbSuggestionsComponent implements OnInit {
  readonly #kb = inject(KbApi);
  readonly #destroyRef = inject(DestroyRef);

  /** Title and description as typed. */
  readonly text = input.required<string>();
  readonly draftId = input.required<string>();

  readonly articles = signal<KbArticleView[]>([]);
  readonly openId = signal<string | null>(null);
  readonly #recorded = new Set<string>();
  readonly #text$ = toObservable(this.text);

  ngOnInit(): void {
    this.#text$
      .pipe(
        debounceTime(SUGGEST_DEBOUNCE_MS),
        map(suggestionQuery),
        distinctUntilChanged(),
        switchMap((q) =>
          q
            ? this.#kb.list({ q }, { limit: SUGGEST_LIMIT }).pipe(
                map((page) => page.items.slice(0, SUGGEST_LIMIT)),
                catchError(() => of([])),
              )
            : of([]),
        ),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe((articles) => this.articles.set(articles));
  }

  toggle(article: KbArticleView): void {
    const opening = this.openId() !== article.id;
    this.openId.set(opening ? article.id : null);
    const key = `${this.draftId()}:${article.id}`;
    if (opening && !this.#recorded.has(key)) {
      this.#recorded.add(key);
      this.#kb
        .opened(article.id, this.draftId())
        .pipe(takeUntilDestroyed(this.#destroyRef))
        .subscribe({ error: () => undefined });
    }
  }
}
