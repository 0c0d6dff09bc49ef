import { HttpParams } from '@angular/common/http';

/** Keyset paging: `limit` 1–200 (server default 50) and the `nextCursor` of the previous page. */
export interface PageQuery {
  limit?: number;
  cursor?: string | null;
}

export function pageParams(query: PageQuery = {}): HttpParams {
  let params = new HttpParams();
  if (query.limit !== undefined) {
    params = params.set('limit', String(query.limit));
  }
  if (query.cursor) {
    params = params.set('cursor', query.cursor);
  }
  return params;
}
