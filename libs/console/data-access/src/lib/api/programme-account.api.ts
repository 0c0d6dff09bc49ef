import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ProgrammeAccountView } from '@navdesk/contracts';
import { API_BASE } from './api.constants';

export function patientUrl(patientRef: string): string {
  return `${API_BASE}/patients/${encodeURIComponent(patientRef)}`;
}

@Injectable({ providedIn: 'root' })
export class ProgrammeAccountApi {
  readonly #http = inject(HttpClient);

  /** Asked of the digital programme on each call; 503 when the programme can't be reached. */
  get(patientRef: string): Observable<ProgrammeAccountView> {
    return this.#http.get<ProgrammeAccountView>(
      `${patientUrl(patientRef)}/programme-account`,
    );
  }
}
