import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  PatientAccessEntry,
  PatientEngagement,
  PatientFlagView,
  PatientTicketSummary,
  PreSessionBrief,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { patientUrl } from './programme-account.api';
import { queryParams } from './query-params';

/** A time range as ISO instants; the API defaults to the last 12 weeks. */
export interface EngagementRange {
  from?: string;
  to?: string;
}

/**
 * One patient's engagement, flags, brief, tickets and access log. The ref travels in the path,
 * never in a query string.
 */
@Injectable({ providedIn: 'root' })
export class PatientEngagementApi {
  readonly #http = inject(HttpClient);

  engagement(
    patientRef: string,
    range: EngagementRange = {},
  ): Observable<PatientEngagement> {
    return this.#http.get<PatientEngagement>(
      `${patientUrl(patientRef)}/engagement`,
      { params: queryParams(range) },
    );
  }

  /** Open, acknowledged and recently cleared flags, newest first. */
  flags(patientRef: string): Observable<PatientFlagView[]> {
    return this.#http.get<PatientFlagView[]>(`${patientUrl(patientRef)}/flags`);
  }

  /** 404 when the patient has no face-to-face session in the next two working days. */
  brief(patientRef: string): Observable<PreSessionBrief> {
    return this.#http.get<PreSessionBrief>(`${patientUrl(patientRef)}/brief`);
  }

  /** Open tickets about the patient. */
  tickets(patientRef: string): Observable<PatientTicketSummary[]> {
    return this.#http.get<PatientTicketSummary[]>(
      `${patientUrl(patientRef)}/tickets`,
    );
  }

  /** Navigators: who looked at this patient's data, and when. */
  accessLog(patientRef: string): Observable<PatientAccessEntry[]> {
    return this.#http.get<PatientAccessEntry[]>(
      `${patientUrl(patientRef)}/access-log`,
    );
  }
}

@Injectable({ providedIn: 'root' })
export class BriefsApi {
  readonly #http = inject(HttpClient);

  /** PWPs: briefs of their patients with a face-to-face session in the next two working days, soonest first. */
  today(): Observable<PreSessionBrief[]> {
    return this.#http.get<PreSessionBrief[]>(`${API_BASE}/briefs/today`);
  }
}
