import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of, throwError, type Observable } from 'rxjs';
import type { Page } from '@navdesk/contracts';
import { pagedList } from './paged-list';

const pages: Record<string, Page<string>> = {
  first: { items: ['a', 'b'], nextCursor: 'c2' },
  c2: { items: ['c'], nextCursor: null },
};

describe('PagedList', () => {
  function create(fetch: (cursor: string | null) => Observable<Page<string>>) {
    return runInInjectionContext(TestBed.inject(Injector), () =>
      pagedList(fetch),
    );
  }

  it('loads the first page, then appends the next on loadMore', () => {
    const list = create((cursor) =>
      of(pages[cursor ?? 'first'] as Page<string>),
    );
    list.load();
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.loading()).toBe(false);
    list.loadMore();
    expect(list.items()).toEqual(['a', 'b', 'c']);
    expect(list.nextCursor()).toBeNull();
  });

  it('keeps the rows it has and shows the API’s message when a page fails', () => {
    let fail = false;
    const list = create((cursor) =>
      fail
        ? throwError(
            () =>
              new HttpErrorResponse({
                status: 503,
                error: {
                  statusCode: 503,
                  error: 'Service Unavailable',
                  message: 'Database down',
                },
              }),
          )
        : of(pages[cursor ?? 'first'] as Page<string>),
    );
    list.load();
    fail = true;
    list.loadMore();
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.error()).toBe('Database down');
    expect(list.loadingMore()).toBe(false);
  });
});
