import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { LoginRequest, LoginResponse, UserView } from '@navdesk/contracts';
import { Observable } from 'rxjs';
import { API_BASE } from '../api/api.constants';

export const LOGIN_URL = `${API_BASE}/auth/login`;
export const LOGOUT_URL = `${API_BASE}/auth/logout`;
export const ME_URL = `${API_BASE}/auth/me`;

/** The raw auth calls. Session state lives in `SessionStore`; the flows in `AuthService`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  readonly #http = inject(HttpClient);

  login(request: LoginRequest): Observable<LoginResponse> {
    return this.#http.post<LoginResponse>(LOGIN_URL, request);
  }

  me(): Observable<UserView> {
    return this.#http.get<UserView>(ME_URL);
  }

  logout(): Observable<void> {
    return this.#http.post<void>(LOGOUT_URL, null);
  }
}
