import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { LoginResponse } from '@navdesk/contracts';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';

const HANDOFF_TTL_SECONDS = 60;

/**
 * Hands a new session to the console without a token in any URL: the callback stores the login
 * answer under a one-time code (in the redirect's fragment, which browsers never send to a server),
 * and the console exchanges the code once, within a minute.
 */
@Injectable()
export class OidcHandoffStore {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async put(answer: LoginResponse): Promise<string> {
    const code = randomBytes(24).toString('base64url');
    await this.redis.set(this.key(code), JSON.stringify(answer), 'EX', HANDOFF_TTL_SECONDS);
    return code;
  }

  async take(code: string): Promise<LoginResponse | null> {
    const raw = await this.redis.getdel(this.key(code));
    return raw ? (JSON.parse(raw) as LoginResponse) : null;
  }

  private key(code: string): string {
    return this.keys.key('oidc', 'handoff', code);
  }
}
