import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { BACKGROUND_REQUEST_HEADER } from '@navdesk/contracts';
import { isApiUrl } from '../api/api.constants';
import { LOGIN_URL, LOGOUT_URL, SSO_EXCHANGE_URL } from './auth.api';
import { IdleTracker } from './idle-tracker';
import { SessionStore } from './session.store';

/** Calls whose 401 means something other than "your session has ended". */
const SESSION_NEUTRAL_URLS = [LOGIN_URL, LOGOUT_URL, SSO_EXCHANGE_URL];

function path(url: string): string {
  return url.split('?')[0];
}

/**
 * Adds the bearer token to Navdesk API calls (never to other origins), notes the person's own calls
 * as activity for the idle limit and, when the API answers 401 to a call made with the current
 * token, ends the session and sends the person to sign in.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url)) {
    return next(req);
  }
  const session = inject(SessionStore);
  const token = session.token();
  // The person's own calls are activity; background polls (marked by their caller) are not.
  if (token !== null && !req.headers.has(BACKGROUND_REQUEST_HEADER)) {
    inject(IdleTracker).serverUse();
  }
  const request =
    token && !req.headers.has('Authorization')
      ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
      : req;

  return next(request).pipe(
    catchError((error: unknown) => {
      const neutral = SESSION_NEUTRAL_URLS.some((url) =>
        path(req.url).endsWith(url),
      );
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !neutral &&
        token !== null &&
        session.token() === token
      ) {
        session.end('revoked');
      }
      return throwError(() => error);
    }),
  );
};
