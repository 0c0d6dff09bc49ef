import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AcknowledgeFlagRequest,
  FlagCause,
  FlagKind,
  FlagStatus,
  FlagThresholds,
  Page,
  PatientFlagView,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

export const FLAGS_URL = `${API_BASE}/flags`;

export interface FlagListQuery {
  status?: FlagStatus;
  kind?: FlagKind;
  cause?: FlagCause;
}

@Injectable({ providedIn: 'root' })
export class FlagsApi {
  readonly #http = inject(HttpClient);

  /** Navigators: the flags of their services' patients (their task list). */
  list(
    query: FlagListQuery = {},
    page: PageQuery = {},
  ): Observable<Page<PatientFlagView>> {
    return this.#http.get<Page<PatientFlagView>>(FLAGS_URL, {
      params: queryParams(query, page),
    });
  }

  /** Navigators: marks an open flag as seen and acted on, with a note. */
  acknowledge(
    id: string,
    request: AcknowledgeFlagRequest,
  ): Observable<PatientFlagView> {
    return this.#http.post<PatientFlagView>(
      `${FLAGS_URL}/${encodeURIComponent(id)}/acknowledge`,
      request,
    );
  }
}

@Injectable({ providedIn: 'root' })
export class FlagThresholdsApi {
  readonly #http = inject(HttpClient);

  get(serviceId: string): Observable<FlagThresholds> {
    return this.#http.get<FlagThresholds>(this.#url(serviceId));
  }

  /** Navigators of the service; 400 names the bad field. */
  update(
    serviceId: string,
    thresholds: FlagThresholds,
  ): Observable<FlagThresholds> {
    return this.#http.put<FlagThresholds>(this.#url(serviceId), {
      ...thresholds,
    });
  }

  #url(serviceId: string): string {
    return `${API_BASE}/services/${encodeURIComponent(serviceId)}/flag-thresholds`;
  }
}
