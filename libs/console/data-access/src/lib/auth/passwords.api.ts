import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  ChangePasswordRequest,
  ForgotPasswordRequest,
  ResetPasswordRequest,
} from '@navdesk/contracts';
import { API_BASE } from '../api/api.constants';

export const FORGOT_PASSWORD_URL = `${API_BASE}/auth/forgot-password`;
export const RESET_PASSWORD_URL = `${API_BASE}/auth/reset-password`;
export const CHANGE_PASSWORD_URL = `${API_BASE}/auth/change-password`;

/** Forgotten and changed passwords. */
@Injectable({ providedIn: 'root' })
export class PasswordsApi {
  readonly #http = inject(HttpClient);

  /** 202 whether or not the address has an account. */
  forgot(request: ForgotPasswordRequest): Observable<unknown> {
    return this.#http.post(FORGOT_PASSWORD_URL, request);
  }

  reset(request: ResetPasswordRequest): Observable<void> {
    return this.#http.post<void>(RESET_PASSWORD_URL, request);
  }

  change(request: ChangePasswordRequest): Observable<void> {
    return this.#http.post<void>(CHANGE_PASSWORD_URL, request);
  }
}
