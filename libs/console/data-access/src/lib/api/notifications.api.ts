import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  BACKGROUND_REQUEST_HEADER,
  NotificationSummary,
  NotificationView,
  Page,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  readonly #http = inject(HttpClient);

  list(page: PageQuery = {}): Observable<Page<NotificationView>> {
    return this.#http.get<Page<NotificationView>>(`${API_BASE}/notifications`, {
      params: queryParams({}, page),
    });
  }

  /** `background`: a poll the person did not ask for, which must not keep an idle session alive. */
  summary(
    options: { background?: boolean } = {},
  ): Observable<NotificationSummary> {
    return this.#http.get<NotificationSummary>(
      `${API_BASE}/notifications/summary`,
      options.background
        ? { headers: { [BACKGROUND_REQUEST_HEADER]: '1' } }
        : {},
    );
  }

  markRead(request: { ids?: string[]; all?: boolean }): Observable<void> {
    return this.#http.post<void>(`${API_BASE}/notifications/read`, request);
  }
}
