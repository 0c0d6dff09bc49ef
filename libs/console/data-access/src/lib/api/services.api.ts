import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Page, PAGE_LIMIT_MAX, ServiceView } from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery, pageParams } from './page-query';

@Injectable({ providedIn: 'root' })
export class ServicesApi {
  readonly #http = inject(HttpClient);

  /** Admin: every service; everyone else: the services they belong to. */
  list(query: PageQuery = {}): Observable<Page<ServiceView>> {
    return this.#http.get<Page<ServiceView>>(`${API_BASE}/services`, {
      params: pageParams(query),
    });
  }

  /** The first (largest) page — enough for pickers and labels. */
  listForPicker(): Observable<Page<ServiceView>> {
    return this.list({ limit: PAGE_LIMIT_MAX });
  }
}
