import { HttpParams } from '@angular/common/http';
import { PageQuery, pageParams } from './page-query';

/**
 * Paging params plus every defined, non-empty filter (booleans as `true`/`false`); a list is sent
 * as the key repeated (`status=new&status=triaged`), an empty list not at all.
 */
export function queryParams(filters: object, page: PageQuery = {}): HttpParams {
  let params = pageParams(page);
  for (const [key, value] of Object.entries(filters)) {
    const values: readonly unknown[] = Array.isArray(value) ? value : [value];
    for (const one of values) {
      if (one === undefined || one === null || one === '') continue;
      params = params.append(key, String(one));
    }
  }
  return params;
}
