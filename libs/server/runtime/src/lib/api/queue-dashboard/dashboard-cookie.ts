import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the dashboard's cookie vouches for: one session, until a moment. */
export interface DashboardPass {
  sessionId: string;
  expiresAt: Date;
}

/**
 * The signing key: derived from TOKEN_PEPPER under a label of its own, so a cookie's MAC can never be
 * mistaken for (or used to learn about) a token hash made with the pepper itself.
 */
export function dashboardCookieKey(tokenPepper: string): Buffer {
  return createHmac('sha256', tokenPepper).update('navdesk:queue-dashboard-cookie:v1').digest();
}

function mac(key: Buffer, sessionId: string, expiresMs: number): string {
  return createHmac('sha256', key).update(`${sessionId}.${expiresMs}`).digest('base64url');
}

/** `<session id>.<expiry, epoch ms>.<HMAC of both>`: no secret inside, and nothing about the person. */
export function signDashboardPass(key: Buffer, pass: DashboardPass): string {
  const expiresMs = pass.expiresAt.getTime();
  return `${pass.sessionId}.${expiresMs}.${mac(key, pass.sessionId, expiresMs)}`;
}

/** The pass a cookie value vouches for, or null when it is malformed, forged or expired. */
export function readDashboardPass(key: Buffer, value: string | undefined, now: Date): DashboardPass | null {
  const parts = value?.split('.');
  if (parts?.length !== 3) return null;
  const [sessionId = '', expires = '', given = ''] = parts;
  if (!/^\d{1,15}$/.test(expires)) return null;
  const expiresMs = Number(expires);
  const expected = Buffer.from(mac(key, sessionId, expiresMs));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  if (expiresMs <= now.getTime()) return null;
  return { sessionId, expiresAt: new Date(expiresMs) };
}

/** One cookie's value from a Cookie header (RFC 6265 pairs; values are never quoted by us). */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
