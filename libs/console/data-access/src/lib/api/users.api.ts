import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreateUserRequest,
  Page,
  UserListItem,
  UserView,
} from '@navdesk/contracts';
import { Observable } from 'rxjs';
import { API_BASE } from './api.constants';
import { PageQuery, pageParams } from './page-query';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  readonly #http = inject(HttpClient);

  list(query: PageQuery = {}): Observable<Page<UserListItem>> {
    return this.#http.get<Page<UserListItem>>(`${API_BASE}/users`, {
      params: pageParams(query),
    });
  }

  create(request: CreateUserRequest): Observable<UserView> {
    return this.#http.post<UserView>(`${API_BASE}/users`, request);
  }
}
