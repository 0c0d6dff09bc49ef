import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CreateUserRequest,
  DeactivateUserRequest,
  Page,
  Role,
  UpdateUserRequest,
  UserListItem,
  UserStatus,
  UserView,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { PageQuery } from './page-query';
import { queryParams } from './query-params';

/** Server-side filters of the people list. */
export interface UserFilters {
  serviceId?: string;
  role?: Role;
  status?: UserStatus;
}

@Injectable({ providedIn: 'root' })
export class UsersApi {
  readonly #http = inject(HttpClient);

  list(query: PageQuery = {}, filters: UserFilters = {}): Observable<Page<UserListItem>> {
    return this.#http.get<Page<UserListItem>>(`${API_BASE}/users`, {
      params: queryParams(filters, query),
    });
  }

  get(id: string): Observable<UserListItem> {
    return this.#http.get<UserListItem>(`${API_BASE}/users/${id}`);
  }

  update(id: string, request: UpdateUserRequest): Observable<UserListItem> {
    return this.#http.patch<UserListItem>(`${API_BASE}/users/${id}`, request);
  }

  deactivate(id: string, request: DeactivateUserRequest = {}): Observable<UserListItem> {
    return this.#http.post<UserListItem>(`${API_BASE}/users/${id}/deactivate`, request);
  }

  reactivate(id: string): Observable<UserListItem> {
    return this.#http.post<UserListItem>(`${API_BASE}/users/${id}/reactivate`, {});
  }

  signOutEverywhere(id: string): Observable<void> {
    return this.#http.post<void>(`${API_BASE}/users/${id}/sign-out-everywhere`, {});
  }

  create(request: CreateUserRequest): Observable<UserView> {
    return this.#http.post<UserView>(`${API_BASE}/users`, request);
  }
}
