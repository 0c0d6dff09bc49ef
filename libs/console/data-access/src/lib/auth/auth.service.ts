import { inject, Injectable } from '@angular/core';
import { LoginRequest, UserView } from '@navdesk/contracts';
import { catchError, EMPTY, finalize, map, Observable, tap } from 'rxjs';
import { AuthApi } from './auth.api';
import { SessionStore } from './session.store';

/** Sign-in, sign-out and "who am I" flows on top of `AuthApi` and `SessionStore`. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  readonly #api = inject(AuthApi);
  readonly #session = inject(SessionStore);

  signIn(request: LoginRequest): Observable<UserView> {
    return this.#api.login(request).pipe(
      tap((response) => this.#session.start(response)),
      map((response) => response.user),
    );
  }

  /** Ends the session on the server (best effort), then locally, then shows the sign-in page. */
  signOut(): Observable<void> {
    if (!this.#session.isSignedIn()) {
      void this.#session.end('signed-out');
      return EMPTY;
    }
    return this.#api.logout().pipe(
      catchError(() => EMPTY),
      finalize(() => void this.#session.end('signed-out')),
    );
  }

  /** Re-reads the signed-in person; a 401 is handled by the auth interceptor. */
  refreshUser(): Observable<UserView> {
    return this.#api.me().pipe(tap((user) => this.#session.updateUser(user)));
  }
}
