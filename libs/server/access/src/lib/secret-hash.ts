import { createHmac, randomBytes } from 'node:crypto';

/** High-entropy secrets (session tokens, integration keys) are stored as an HMAC under the pepper. */
export function hashSecret(secret: string, pepper: string): string {
  return createHmac('sha256', pepper).update(secret).digest('hex');
}

/** A new secret with a readable prefix: `nds_` for sessions, `ndk_` for integration keys, `ndr_` for password resets. */
export function newSecret(prefix: 'nds_' | 'ndk_' | 'ndr_'): string {
  return prefix + randomBytes(32).toString('base64url');
}
