import { BrowserCookies } from './browser-cookies';

/** Where the test provider sends the browser back; never fetched itself (the test calls the api). */
export const TEST_REDIRECT_URL = 'http://navdesk.test/api/auth/oidc/callback';

export interface SsoAtCallback {
  cookies: BrowserCookies;
  /** The path and query the provider sent the browser back with. */
  callback: string;
  /** The api's Set-Cookie for the pending attempt. */
  pendingCookie: string;
  authorizationUrl: URL;
}

/**
 * Plays the browser from "Sign in with your organisation account" to the provider's redirect back:
 * every redirect followed by hand, with the provider's cookies. `loginHint` picks the test account
 * the provider signs in at once (the test provider's interaction reads it).
 */
export async function ssoToCallback(apiBase: string, loginHint: string): Promise<SsoAtCallback> {
  const cookies = new BrowserCookies();
  const start = await fetch(`${apiBase}/api/auth/oidc/login`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`login answered ${start.status}: ${await start.text()}`);
  cookies.store(apiBase, start);
  const authorizationUrl = new URL(start.headers.get('location') ?? '');
  let url = new URL(authorizationUrl);
  url.searchParams.set('login_hint', loginHint);
  for (let hop = 0; hop < 12; hop++) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: cookies.header(url.href) } });
    cookies.store(url.href, res);
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
    const next = new URL(location, url);
    if (next.href.startsWith(TEST_REDIRECT_URL)) {
      return { cookies, callback: next.pathname + next.search, pendingCookie: start.headers.get('set-cookie') ?? '', authorizationUrl };
    }
    url = next;
  }
  throw new Error('too many redirects at the provider');
}

/** The browser's return to the api's callback; answers the api's redirect target. */
export async function ssoCallback(apiBase: string, at: SsoAtCallback, callback = at.callback): Promise<URL> {
  const res = await fetch(apiBase + callback, { redirect: 'manual', headers: { cookie: at.cookies.header(apiBase) } });
  if (res.status !== 302) throw new Error(`callback answered ${res.status}: ${await res.text()}`);
  return new URL(res.headers.get('location') ?? '');
}
