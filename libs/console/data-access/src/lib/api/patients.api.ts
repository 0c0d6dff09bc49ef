import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  ActivityBand,
  CaseloadSort,
  FlagKind,
  Page,
  PatientDetail,
  PatientListItem,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { patientUrl } from './programme-account.api';
import { queryParams } from './query-params';

/** Caseload filters: ids and enums only, never a patient ref. */
export interface CaseloadQuery {
  pwpId?: string;
  flag?: FlagKind;
  activity?: ActivityBand;
  sort?: CaseloadSort;
}

@Injectable({ providedIn: 'root' })
export class PatientsApi {
  readonly #http = inject(HttpClient);

  /** PWP: own caseload; navigator: the patients of their services. */
  list(
    query: CaseloadQuery = {},
    page: PageQuery = {},
  ): Observable<Page<PatientListItem>> {
    return this.#http.get<Page<PatientListItem>>(`${API_BASE}/patients`, {
      params: queryParams(query, page),
    });
  }

  get(patientRef: string): Observable<PatientDetail> {
    return this.#http.get<PatientDetail>(patientUrl(patientRef));
  }
}
