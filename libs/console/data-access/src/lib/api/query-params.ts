import { HttpParams } from '@angular/common/http';
import { PageQuery, pageParams } from './page-query';

/** Paging params plus every defined, non-empty filter (booleans as `true`/`false`). */
export function queryParams(filters: object, page: PageQuery = {}): HttpParams {
  let params = pageParams(page);
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}
