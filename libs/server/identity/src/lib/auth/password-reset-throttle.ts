import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';
import { TooManyAttemptsException } from './login-throttle';

/** Reset requests per address per window, and per client address per window. */
export const RESET_LIMITS = { perEmail: 3, perIp: 20, windowMs: 15 * 60_000 } as const;

/**
 * Counts first, then decides, in one atomic step: both buckets are counted (each window starts at
 * its first request), and the request is refused when either is past its limit.
 * KEYS: e-mail bucket, address bucket. ARGV: e-mail limit, address limit, window ms.
 * Answers {0} when allowed, else {1, ms until the fuller bucket empties}.
 */
const CHECK_SCRIPT = `
local byEmail = redis.call('INCR', KEYS[1])
if byEmail == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
local byIp = redis.call('INCR', KEYS[2])
if byIp == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
local wait = 0
if byEmail > tonumber(ARGV[1]) then wait = math.max(wait, redis.call('PTTL', KEYS[1])) end
if byIp > tonumber(ARGV[2]) then wait = math.max(wait, redis.call('PTTL', KEYS[2])) end
if wait > 0 then return {1, wait} end
return {0}
`;

/**
 * Rate limit of "forgot password", counted in Redis across api processes. It counts every request,
 * for known and unknown addresses alike, so a 429 tells nothing about who has an account. If Redis
 * cannot count, the request is refused (fails closed) rather than letting unlimited e-mails go out.
 */
@Injectable()
export class PasswordResetThrottle {
  private readonly logger = new Logger(PasswordResetThrottle.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** Throws TooManyAttemptsException (429, Retry-After) past either limit or when Redis cannot count. */
  async check(email: string, ip: string): Promise<void> {
    let answer: unknown;
    try {
      answer = await this.redis.eval(
        CHECK_SCRIPT,
        2,
        this.keys.key('password-reset', 'email', createHash('sha256').update(email).digest('hex').slice(0, 32)),
        this.keys.key('password-reset', 'ip', ip || 'unknown'),
        RESET_LIMITS.perEmail,
        RESET_LIMITS.perIp,
        RESET_LIMITS.windowMs,
      );
    } catch (e) {
      this.logger.warn(`Password reset throttle unavailable (${(e as Error).message}); refusing requests until Redis answers`);
      throw new TooManyAttemptsException(30, 'Password resets are paused for a moment; try again shortly');
    }
    const [refused, ms] = Array.isArray(answer) ? answer : [];
    if (Number(refused) === 1) {
      const seconds = Math.max(1, Math.ceil(Number(ms) / 1000));
      const minutes = Math.ceil(seconds / 60);
      throw new TooManyAttemptsException(seconds, `Too many password reset requests; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
    }
  }
}
