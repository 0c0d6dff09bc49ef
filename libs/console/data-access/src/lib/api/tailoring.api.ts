import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CreateTailoringRequest,
  DecideTailoringRequest,
  Page,
  TailoringRequestView,
  TailoringStatus,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { patientUrl } from './programme-account.api';
import { queryParams } from './query-params';

export const TAILORING_REQUESTS_URL = `${API_BASE}/tailoring-requests`;

export interface TailoringListQuery {
  status?: TailoringStatus;
  serviceId?: string;
}

function requestUrl(id: string): string {
  return `${TAILORING_REQUESTS_URL}/${encodeURIComponent(id)}`;
}

/** Requests to skip, replace or add a programme module for one patient, and their decisions. */
@Injectable({ providedIn: 'root' })
export class TailoringApi {
  readonly #http = inject(HttpClient);

  /**
   * PWPs, for their own patients. 400 with field details; 404 not their patient; 409 when an
   * open request for that module exists.
   */
  create(request: CreateTailoringRequest): Observable<TailoringRequestView> {
    return this.#http.post<TailoringRequestView>(
      TAILORING_REQUESTS_URL,
      request,
    );
  }

  /** Navigators: their services, pending first then newest. PWPs: the requests they made. */
  list(
    query: TailoringListQuery = {},
    page: PageQuery = {},
  ): Observable<Page<TailoringRequestView>> {
    return this.#http.get<Page<TailoringRequestView>>(TAILORING_REQUESTS_URL, {
      params: queryParams(query, page),
    });
  }

  get(id: string): Observable<TailoringRequestView> {
    return this.#http.get<TailoringRequestView>(requestUrl(id));
  }

  /** Navigators; 409 when `version` is stale (someone else decided first). */
  decide(
    id: string,
    request: DecideTailoringRequest,
  ): Observable<TailoringRequestView> {
    return this.#http.patch<TailoringRequestView>(requestUrl(id), request);
  }

  /** Navigators, a failed request only: queues it again (202). */
  retry(id: string): Observable<TailoringRequestView> {
    return this.#http.post<TailoringRequestView>(`${requestUrl(id)}/retry`, {});
  }

  /** One patient's requests. The ref travels in the path, never in a query string. */
  ofPatient(patientRef: string): Observable<TailoringRequestView[]> {
    return this.#http.get<TailoringRequestView[]>(
      `${patientUrl(patientRef)}/tailoring-requests`,
    );
  }
}
