import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AuditTrailEntry,
  CreatedLoginReset,
  CreateLoginResetRequest,
  LoginResetDetail,
  LoginResetView,
  Page,
  ResetStatus,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

export const LOGIN_RESETS_URL = `${API_BASE}/login-resets`;

export interface LoginResetListQuery {
  status?: ResetStatus;
}

@Injectable({ providedIn: 'root' })
export class LoginResetsApi {
  readonly #http = inject(HttpClient);

  /**
   * 202 with a new reset, or 200 with the one already queued or sent (`duplicate: true`, no second
   * message). 429 with `Retry-After` past the hourly limit; 404 outside the caller's caseload.
   */
  create(request: CreateLoginResetRequest): Observable<CreatedLoginReset> {
    return this.#http.post<CreatedLoginReset>(LOGIN_RESETS_URL, request);
  }

  get(id: string): Observable<LoginResetDetail> {
    return this.#http.get<LoginResetDetail>(
      `${LOGIN_RESETS_URL}/${encodeURIComponent(id)}`,
    );
  }

  /** Newest first. Navigators: their services; PWPs: their own patients. */
  list(
    query: LoginResetListQuery = {},
    page: PageQuery = {},
  ): Observable<Page<LoginResetView>> {
    return this.#http.get<Page<LoginResetView>>(LOGIN_RESETS_URL, {
      params: queryParams(query, page),
    });
  }

  /** One patient's resets, newest first. The ref travels in the path, never in a query string. */
  ofPatient(patientRef: string, page: PageQuery = {}): Observable<Page<LoginResetView>> {
    return this.#http.get<Page<LoginResetView>>(
      `${API_BASE}/patients/${encodeURIComponent(patientRef)}/login-resets`,
      { params: queryParams({}, page) },
    );
  }

  /** Navigators: the audit rows about one reset (who asked, sent, read, retried), oldest first. */
  auditTrail(id: string): Observable<AuditTrailEntry[]> {
    return this.#http.get<AuditTrailEntry[]>(
      `${LOGIN_RESETS_URL}/${encodeURIComponent(id)}/audit`,
    );
  }

  /** Navigators, a failed or expired reset only (409 otherwise): queues it again. */
  retry(id: string): Observable<LoginResetView> {
    return this.#http.post<LoginResetView>(
      `${LOGIN_RESETS_URL}/${encodeURIComponent(id)}/retry`,
      {},
    );
  }
}
