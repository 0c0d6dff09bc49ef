import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The download link's token: an HMAC of the export id and its expiry under the server's pepper, so a
 * link works without signing in (a plain browser download) until it expires, and cannot be forged.
 */
export function downloadToken(pepper: string, exportId: string, expiresAt: Date): string {
  return createHmac('sha256', pepper).update(`report-export:${exportId}:${expiresAt.toISOString()}`).digest('base64url');
}

export function tokenMatches(pepper: string, exportId: string, expiresAt: Date, token: string): boolean {
  const expected = Buffer.from(downloadToken(pepper, exportId, expiresAt));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
