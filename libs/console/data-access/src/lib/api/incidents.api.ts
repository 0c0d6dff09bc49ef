import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  IncidentStatus,
  IncidentView,
  MergeIncidentsRequest,
  Page,
  TicketView,
  UpdateIncidentRequest,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

const INCIDENTS_URL = `${API_BASE}/incidents`;

export type IncidentDetail = IncidentView & { tickets: TicketView[] };

@Injectable({ providedIn: 'root' })
export class IncidentsApi {
  readonly #http = inject(HttpClient);

  list(
    filter: { status?: IncidentStatus } = {},
    page: PageQuery = {},
  ): Observable<Page<IncidentView>> {
    return this.#http.get<Page<IncidentView>>(INCIDENTS_URL, {
      params: queryParams(filter, page),
    });
  }

  get(id: string): Observable<IncidentDetail> {
    return this.#http.get<IncidentDetail>(
      `${INCIDENTS_URL}/${encodeURIComponent(id)}`,
    );
  }

  update(id: string, request: UpdateIncidentRequest): Observable<IncidentView> {
    return this.#http.patch<IncidentView>(
      `${INCIDENTS_URL}/${encodeURIComponent(id)}`,
      request,
    );
  }

  /** Moves every ticket of the source incident into `id` and closes the source. */
  merge(id: string, request: MergeIncidentsRequest): Observable<IncidentView> {
    return this.#http.post<IncidentView>(
      `${INCIDENTS_URL}/${encodeURIComponent(id)}/merge`,
      request,
    );
  }
}
