import { inject, Injectable } from '@angular/core';
import { map, Observable, tap } from 'rxjs';
import { LoginRequest, UserView } from '@navdesk/contracts';
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

  /** Finishes single sign-on: the code from the callback's fragment becomes a session, as a password sign-in does. */
  completeSso(code: string): Observable<UserView> {
    return this.#api.exchangeSsoCode(code).pipe(
      tap((response) => this.#session.start(response)),
      map((response) => response.user),
    );
  }

  /**
   * Tells the server (in a request that outlives the page), then forgets everything here and loads
   * the sign-in page afresh. All at once: nothing waits on the network, so nothing of the session
   * can linger if the server is slow.
   */
  signOut(): void {
    const token = this.#session.token();
    if (token !== null) {
      this.#api.logout(token);
    }
    this.#session.end('signed-out');
  }

  /** Re-reads the signed-in person; a 401 is handled by the auth interceptor. */
  refreshUser(): Observable<UserView> {
    return this.#api.me().pipe(tap((user) => this.#session.updateUser(user)));
  }
}
