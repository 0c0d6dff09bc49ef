import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';

/** What the callback needs to check the answer to one sign-in attempt. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** How long a person has at the identity provider before the attempt lapses. */
export const PENDING_TTL_SECONDS = 600;

/**
 * The state, nonce and PKCE verifier of sign-in attempts, kept server-side in Redis under a random id
 * (the browser holds only the id, in a cookie). Taken once: a replayed callback finds nothing.
 */
@Injectable()
export class OidcPendingStore {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async put(pending: PendingSignIn): Promise<string> {
    const id = randomBytes(24).toString('base64url');
    await this.redis.set(this.key(id), JSON.stringify(pending), 'EX', PENDING_TTL_SECONDS);
    return id;
  }

  async take(id: string): Promise<PendingSignIn | null> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(id)) return null;
    const raw = await this.redis.getdel(this.key(id));
    return raw ? (JSON.parse(raw) as PendingSignIn) : null;
  }

  private key(id: string): string {
    return this.keys.key('oidc', 'pending', id);
  }
}
