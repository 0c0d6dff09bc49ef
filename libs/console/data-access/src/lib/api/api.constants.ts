/** Every Navdesk API call goes to the same origin under this prefix. */
export const API_BASE = '/api';

/** True for URLs that address the Navdesk API (relative or absolute on this origin). */
export function isApiUrl(url: string): boolean {
  if (
    url === API_BASE ||
    url.startsWith(`${API_BASE}/`) ||
    url.startsWith(`${API_BASE}?`)
  ) {
    return true;
  }
  try {
    const origin =
      typeof location === 'undefined' ? 'http://localhost' : location.origin;
    const parsed = new URL(url, origin);
    return (
      parsed.origin === origin &&
      (parsed.pathname === API_BASE ||
        parsed.pathname.startsWith(`${API_BASE}/`))
    );
  } catch {
    return false;
  }
}
