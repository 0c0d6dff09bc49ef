import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CannedReplyView,
  CreateCannedReplyRequest,
  CreateKbArticleRequest,
  FailedJobView,
  KbArticleView,
  NavigatorView,
  OutboundEmailView,
  Page,
  ScheduleView,
  TicketCategory,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

@Injectable({ providedIn: 'root' })
export class CannedRepliesApi {
  readonly #http = inject(HttpClient);

  list(): Observable<CannedReplyView[]> {
    return this.#http.get<CannedReplyView[]>(`${API_BASE}/canned-replies`);
  }

  create(request: CreateCannedReplyRequest): Observable<CannedReplyView> {
    return this.#http.post<CannedReplyView>(
      `${API_BASE}/canned-replies`,
      request,
    );
  }

  remove(id: string): Observable<void> {
    return this.#http.delete<void>(
      `${API_BASE}/canned-replies/${encodeURIComponent(id)}`,
    );
  }
}

export interface KbQuery {
  q?: string;
  category?: TicketCategory;
}

@Injectable({ providedIn: 'root' })
export class KbApi {
  readonly #http = inject(HttpClient);

  list(
    query: KbQuery = {},
    page: PageQuery = {},
  ): Observable<Page<KbArticleView>> {
    return this.#http.get<Page<KbArticleView>>(`${API_BASE}/kb/articles`, {
      params: queryParams(query, page),
    });
  }

  get(id: string): Observable<KbArticleView> {
    return this.#http.get<KbArticleView>(
      `${API_BASE}/kb/articles/${encodeURIComponent(id)}`,
    );
  }

  create(request: CreateKbArticleRequest): Observable<KbArticleView> {
    return this.#http.post<KbArticleView>(`${API_BASE}/kb/articles`, request);
  }

  /** Records that a suggested article was opened from the raise-an-issue form `draftId`. */
  opened(id: string, draftId: string): Observable<void> {
    return this.#http.post<void>(
      `${API_BASE}/kb/articles/${encodeURIComponent(id)}/opened`,
      { draftId },
    );
  }
}

@Injectable({ providedIn: 'root' })
export class NavigatorsApi {
  readonly #http = inject(HttpClient);

  /** Navigators (of one service, or of the caller's services) for assignee pickers. */
  list(serviceId?: string): Observable<NavigatorView[]> {
    return this.#http.get<NavigatorView[]>(`${API_BASE}/navigators`, {
      params: queryParams({ serviceId }),
    });
  }
}

@Injectable({ providedIn: 'root' })
export class OperationsApi {
  readonly #http = inject(HttpClient);

  failedJobs(): Observable<FailedJobView[]> {
    return this.#http.get<FailedJobView[]>(`${API_BASE}/admin/failed-jobs`);
  }

  /**
   * Asks for the queue dashboard's cookie (admins): a full-page visit to /admin/queues carries no
   * bearer token, so the api binds a short-lived cookie to this session first.
   */
  openQueueDashboardSession(): Observable<void> {
    return this.#http.post<void>(`${API_BASE}/admin/queues/session`, null);
  }

  schedules(): Observable<ScheduleView[]> {
    return this.#http.get<ScheduleView[]>(`${API_BASE}/admin/schedules`);
  }

  outboundEmails(page: PageQuery = {}): Observable<Page<OutboundEmailView>> {
    return this.#http.get<Page<OutboundEmailView>>(
      `${API_BASE}/admin/outbound-emails`,
      { params: queryParams({}, page) },
    );
  }
}
