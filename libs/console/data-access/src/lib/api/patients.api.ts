import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Page, PatientListItem } from '@navdesk/contracts';
import { Observable } from 'rxjs';
import { API_BASE } from './api.constants';
import { PageQuery, pageParams } from './page-query';

@Injectable({ providedIn: 'root' })
export class PatientsApi {
  readonly #http = inject(HttpClient);

  /** PWP: own caseload; navigator: the patients of their services. */
  list(query: PageQuery = {}): Observable<Page<PatientListItem>> {
    return this.#http.get<Page<PatientListItem>>(`${API_BASE}/patients`, {
      params: pageParams(query),
    });
  }
}
