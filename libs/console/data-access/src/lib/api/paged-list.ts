import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import type { Page } from '@navdesk/contracts';
import { toApiError } from '../errors/api-errors';

/**
 * A keyset-paged list as signals: the first page, "show more" pages appended, loading and error
 * state. Every list page of the console uses one instead of repeating the bookkeeping.
 */
export class PagedList<T> {
  readonly items = signal<T[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(true);
  readonly loadingMore = signal(false);
  readonly error = signal<string | null>(null);

  constructor(
    private readonly fetchPage: (cursor: string | null) => Observable<Page<T>>,
    private readonly destroyRef: DestroyRef,
  ) {}

  /** `null` reloads from the first page; a cursor appends the next page. */
  load(cursor: string | null = null): void {
    this.error.set(null);
    if (cursor === null) this.loading.set(true);
    else this.loadingMore.set(true);
    this.fetchPage(cursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.items.update((current) =>
            cursor ? [...current, ...page.items] : page.items,
          );
          this.nextCursor.set(page.nextCursor);
          this.loading.set(false);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          this.error.set(toApiError(error).message);
          this.loading.set(false);
          this.loadingMore.set(false);
        },
      });
  }

  loadMore(): void {
    const cursor = this.nextCursor();
    if (cursor && !this.loadingMore()) this.load(cursor);
  }
}

/** Creates a PagedList tied to the current component's lifetime (call in an injection context). */
export function pagedList<T>(
  fetchPage: (cursor: string | null) => Observable<Page<T>>,
): PagedList<T> {
  return new PagedList(fetchPage, inject(DestroyRef));
}
