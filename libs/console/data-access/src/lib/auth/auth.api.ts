import { HttpClient } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AuthOptions,
  LoginRequest,
  LoginResponse,
  MeResponse,
} from '@navdesk/contracts';
import { API_BASE } from '../api/api.constants';

export const LOGIN_URL = `${API_BASE}/auth/login`;
export const LOGOUT_URL = `${API_BASE}/auth/logout`;
export const ME_URL = `${API_BASE}/auth/me`;
export const AUTH_OPTIONS_URL = `${API_BASE}/auth/options`;
export const SSO_EXCHANGE_URL = `${API_BASE}/auth/oidc/exchange`;
/** A full-page navigation (not an XHR): the browser goes on to the identity provider. */
export const SSO_LOGIN_URL = `${API_BASE}/auth/oidc/login`;

/** The `fetch` sign-out uses (a request that outlives the page); tests provide a fake. */
export const LOGOUT_FETCH = new InjectionToken<
  (url: string, init: RequestInit) => Promise<Response>
>('LOGOUT_FETCH', {
  providedIn: 'root',
  factory: () => (url, init) => fetch(url, init),
});

/** The raw auth calls. Session state lives in `SessionStore`; the flows in `AuthService`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  readonly #http = inject(HttpClient);
  readonly #fetch = inject(LOGOUT_FETCH);

  login(request: LoginRequest): Observable<LoginResponse> {
    return this.#http.post<LoginResponse>(LOGIN_URL, request);
  }

  options(): Observable<AuthOptions> {
    return this.#http.get<AuthOptions>(AUTH_OPTIONS_URL);
  }

  /** Trades the one-time code from `/sign-in/sso#code=…` for the login answer. */
  exchangeSsoCode(code: string): Observable<LoginResponse> {
    return this.#http.post<LoginResponse>(SSO_EXCHANGE_URL, { code });
  }

  /** Who is signed in, and the server's idle limit. Counts as use of the session (keeps it alive). */
  me(): Observable<MeResponse> {
    return this.#http.get<MeResponse>(ME_URL);
  }

  /**
   * Ends `token`'s session on the server. `keepalive`, so the request completes even though the
   * console reloads the page at once; best effort (the token also expires by itself).
   */
  logout(token: string): void {
    this.#fetch(LOGOUT_URL, {
      method: 'POST',
      keepalive: true,
      headers: { Authorization: `Bearer ${token}` },
    }).catch(() => undefined);
  }
}
