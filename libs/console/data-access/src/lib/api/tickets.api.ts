import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  BulkAssignRequest,
  CreateCommentRequest,
  CreatedTicket,
  CreateTicketRequest,
  Page,
  TicketDetail,
  TicketFeedbackRequest,
  TicketListQuery,
  TicketView,
  TimelineEntry,
  UpdateTicketRequest,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

export const TICKETS_URL = `${API_BASE}/tickets`;

/** Header that makes a create safe to retry: the same key, the same ticket. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

@Injectable({ providedIn: 'root' })
export class TicketsApi {
  readonly #http = inject(HttpClient);

  /** Sorted by SLA due, earliest first. PWPs get only the tickets they reported. */
  list(
    query: TicketListQuery = {},
    page: PageQuery = {},
  ): Observable<Page<TicketView>> {
    return this.#http.get<Page<TicketView>>(TICKETS_URL, {
      params: queryParams(query, page),
    });
  }

  get(id: string): Observable<TicketDetail> {
    return this.#http.get<TicketDetail>(
      `${TICKETS_URL}/${encodeURIComponent(id)}`,
    );
  }

  /** `idempotencyKey`: one per submission attempt of a form; a retry sends the same one. */
  create(
    request: CreateTicketRequest,
    idempotencyKey: string,
  ): Observable<CreatedTicket> {
    return this.#http.post<CreatedTicket>(TICKETS_URL, request, {
      headers: new HttpHeaders({ [IDEMPOTENCY_KEY_HEADER]: idempotencyKey }),
    });
  }

  /** Answers 409 when `version` is stale (someone else changed the ticket). */
  update(id: string, request: UpdateTicketRequest): Observable<TicketView> {
    return this.#http.patch<TicketView>(
      `${TICKETS_URL}/${encodeURIComponent(id)}`,
      request,
    );
  }

  bulkAssign(request: BulkAssignRequest): Observable<{ updated: number }> {
    return this.#http.post<{ updated: number }>(
      `${TICKETS_URL}/bulk-assign`,
      request,
    );
  }

  comment(
    id: string,
    request: CreateCommentRequest,
  ): Observable<TimelineEntry> {
    return this.#http.post<TimelineEntry>(
      `${TICKETS_URL}/${encodeURIComponent(id)}/comments`,
      request,
    );
  }

  feedback(id: string, request: TicketFeedbackRequest): Observable<TicketView> {
    return this.#http.post<TicketView>(
      `${TICKETS_URL}/${encodeURIComponent(id)}/feedback`,
      request,
    );
  }
}
