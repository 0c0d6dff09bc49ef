import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The download link's token: an HMAC of the export id and its expiry under EXPORT_LINK_SECRET (a key
 * of its own, so the token pepper that guards sessions never signs a public link and rotating one
 * does not touch the other). A link works without signing in until it expires, and cannot be forged.
 */
export function downloadToken(secret: string, exportId: string, expiresAt: Date): string {
  return createHmac('sha256', secret).update(`report-export:${exportId}:${expiresAt.toISOString()}`).digest('base64url');
}

export function tokenMatches(secret: string, exportId: string, expiresAt: Date, token: string): boolean {
  const expected = Buffer.from(downloadToken(secret, exportId, expiresAt));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
