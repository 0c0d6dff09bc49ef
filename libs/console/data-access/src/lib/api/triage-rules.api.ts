import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  SaveTriageRulesRequest,
  TriageRuleInput,
  TriageRulesPreview,
  TriageRulesView,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';

/** Admins: the triage rules in force and their history, a preview of an edit, and saving it. */
@Injectable({ providedIn: 'root' })
export class TriageRulesApi {
  readonly #http = inject(HttpClient);
  readonly #base = `${API_BASE}/admin/triage-rules`;

  current(): Observable<TriageRulesView> {
    return this.#http.get<TriageRulesView>(this.#base);
  }

  /** What `rules` would do to the latest tickets; a 400 names each bad rule and field. */
  preview(rules: TriageRuleInput[]): Observable<TriageRulesPreview> {
    return this.#http.post<TriageRulesPreview>(`${this.#base}/preview`, {
      rules,
    });
  }

  /** Saves the next version after `request.version`; a 409 when someone saved in between. */
  save(request: SaveTriageRulesRequest): Observable<TriageRulesView> {
    return this.#http.put<TriageRulesView>(this.#base, request);
  }
}
