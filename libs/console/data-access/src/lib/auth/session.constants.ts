/** Where the console sends people who must sign in, and who may not see a page. */
export const SIGN_IN_PATH = '/sign-in';
export const NOT_ALLOWED_PATH = '/not-allowed';

/** `?reason=` on the sign-in page when the session ended without the user asking. */
export const SESSION_ENDED_REASON = 'session-ended';
export const SESSION_ENDED_MESSAGE =
  'Your session has ended — please sign in again';

/** Every key Navdesk keeps in the browser's storage starts so; sign-out removes them all. */
export const NAVDESK_STORAGE_PREFIX = 'navdesk.';

/** sessionStorage key: a reload keeps the session, closing the tab ends it. */
export const SESSION_STORAGE_KEY = `${NAVDESK_STORAGE_PREFIX}session`;

/** Why a session ends: the user asked, the token expired, or the API refused it (revoked). */
export type SessionEndReason = 'signed-out' | 'expired' | 'revoked';

/**
 * A safe in-app return URL: a path on this origin, never the sign-in page itself and never a
 * protocol-relative or absolute URL (an open redirect).
 */
export function safeReturnUrl(
  candidate: string | null | undefined,
): string | null {
  if (
    !candidate ||
    !candidate.startsWith('/') ||
    candidate.startsWith('//') ||
    candidate.startsWith('/\\')
  ) {
    return null;
  }
  if (
    candidate === SIGN_IN_PATH ||
    candidate.startsWith(`${SIGN_IN_PATH}?`) ||
    candidate.startsWith(`${SIGN_IN_PATH}/`)
  ) {
    return null;
  }
  return candidate;
}
