import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AttendanceView,
  CreateTrainingModuleRequest,
  CreateTrainingSessionRequest,
  InvitationResult,
  InviteToSessionRequest,
  Page,
  QuestionTopicView,
  RecordAttendanceRequest,
  TrainingBookingView,
  TrainingCoverage,
  TrainingModuleView,
  TrainingRecord,
  TrainingSessionDetail,
  TrainingSessionView,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

export const TRAINING_URL = `${API_BASE}/training`;

export interface TrainingSessionQuery {
  /** upcoming: soonest first; past: most recent first. */
  when?: 'upcoming' | 'past';
  moduleId?: string;
  serviceId?: string;
}

export interface QuestionTopicsQuery {
  serviceId?: string;
  /** How far back to count questions; the API defaults to 90. */
  days?: number;
}

/** A PWP a navigator can invite or sign in as a walk-in (GET /api/training/pwps). */
export interface TrainingPwpOption {
  id: string;
  name: string;
  serviceIds: string[];
}

function sessionUrl(id: string): string {
  return `${TRAINING_URL}/sessions/${encodeURIComponent(id)}`;
}

/** The training catalogue, sessions, bookings, attendance, records, coverage and question topics. */
@Injectable({ providedIn: 'root' })
export class TrainingApi {
  readonly #http = inject(HttpClient);

  /** Every signed-in user: the modules of their services and the shared ones. */
  modules(): Observable<TrainingModuleView[]> {
    return this.#http.get<TrainingModuleView[]>(`${TRAINING_URL}/modules`);
  }

  /** Navigators; 400 names the bad field. */
  createModule(
    request: CreateTrainingModuleRequest,
  ): Observable<TrainingModuleView> {
    return this.#http.post<TrainingModuleView>(
      `${TRAINING_URL}/modules`,
      request,
    );
  }

  /** PWPs see their services' sessions with `myBooking` and `invitedMe`. */
  sessions(
    query: TrainingSessionQuery = {},
    page: PageQuery = {},
  ): Observable<Page<TrainingSessionView>> {
    return this.#http.get<Page<TrainingSessionView>>(
      `${TRAINING_URL}/sessions`,
      { params: queryParams(query, page) },
    );
  }

  /** Navigators. */
  createSession(
    request: CreateTrainingSessionRequest,
  ): Observable<TrainingSessionView> {
    return this.#http.post<TrainingSessionView>(
      `${TRAINING_URL}/sessions`,
      request,
    );
  }

  /** Navigators get the whole roster; a PWP only their own booking. */
  session(id: string): Observable<TrainingSessionDetail> {
    return this.#http.get<TrainingSessionDetail>(sessionUrl(id));
  }

  /** Navigators: booked PWPs are told. */
  cancelSession(id: string): Observable<TrainingSessionView> {
    return this.#http.post<TrainingSessionView>(`${sessionUrl(id)}/cancel`, {});
  }

  /** PWPs book themselves; 409 (with a message saying why) when full, booked, started or cancelled. */
  book(id: string): Observable<TrainingBookingView> {
    return this.#http.post<TrainingBookingView>(
      `${sessionUrl(id)}/bookings`,
      {},
    );
  }

  /** PWPs: cancels their own booking (204). */
  cancelBooking(id: string): Observable<void> {
    return this.#http.delete<void>(`${sessionUrl(id)}/bookings`);
  }

  /**
   * A PWP for themself (after booking), a navigator for any PWP of the service. 201, or 200 when
   * it replaced an earlier record; 409 while the session is more than an hour away.
   */
  recordAttendance(
    id: string,
    request: RecordAttendanceRequest,
  ): Observable<AttendanceView> {
    return this.#http.post<AttendanceView>(
      `${sessionUrl(id)}/attendance`,
      request,
    );
  }

  /** Navigators. */
  invite(
    id: string,
    request: InviteToSessionRequest,
  ): Observable<InvitationResult> {
    return this.#http.post<InvitationResult>(
      `${sessionUrl(id)}/invitations`,
      request,
    );
  }

  /** PWPs: their own training record. */
  myRecord(): Observable<TrainingRecord> {
    return this.#http.get<TrainingRecord>(`${TRAINING_URL}/record`);
  }

  /** Navigators: one PWP's training record. */
  record(pwpId: string): Observable<TrainingRecord> {
    return this.#http.get<TrainingRecord>(
      `${TRAINING_URL}/records/${encodeURIComponent(pwpId)}`,
    );
  }

  /** Navigators and managers; `serviceId` may be left out by someone with one service. */
  coverage(serviceId?: string): Observable<TrainingCoverage> {
    return this.#http.get<TrainingCoverage>(`${TRAINING_URL}/coverage`, {
      params: queryParams({ serviceId }),
    });
  }

  /** Navigators: confidence questions grouped by topic, most questions first. */
  questionTopics(
    query: QuestionTopicsQuery = {},
  ): Observable<QuestionTopicView[]> {
    return this.#http.get<QuestionTopicView[]>(
      `${TRAINING_URL}/question-topics`,
      { params: queryParams(query) },
    );
  }

  /** Navigators: the PWPs of their services. */
  pwps(serviceId?: string): Observable<TrainingPwpOption[]> {
    return this.#http.get<TrainingPwpOption[]>(`${TRAINING_URL}/pwps`, {
      params: queryParams({ serviceId }),
    });
  }
}
