import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { APP_CONFIG, REDIS_CLIENT, RedisKeys, type AppConfig } from '@navdesk/server/core';

export class TooManyAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number, message: string) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'locked' | 'ip' };

/**
 * Sign-in throttling counted in Redis, so it holds across api processes: per account, a lock after
 * LOGIN_MAX_FAILURES failures in a row lasting LOGIN_LOCK_MINUTES; per IP, LOGIN_IP_LIMIT_PER_MINUTE
 * attempts. If Redis is unreachable the check lets sign-in through (and says so in the log): the
 * database still checks the password, and staff are not locked out of their console by an outage.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(email: string, ip: string): Promise<ThrottleVerdict> {
    try {
      const lockTtl = await this.redis.ttl(this.lockKey(email));
      if (lockTtl > 0) return { allowed: false, retryAfterSeconds: lockTtl, reason: 'locked' };
      const ipKey = this.keys.key('login', 'ip', ip, String(Math.floor(Date.now() / 60_000)));
      const attempts = await this.redis.multi().incr(ipKey).expire(ipKey, 60).exec();
      const count = Number(attempts?.[0]?.[1] ?? 0);
      if (count > this.config.LOGIN_IP_LIMIT_PER_MINUTE) return { allowed: false, retryAfterSeconds: 60 - (Math.floor(Date.now() / 1000) % 60), reason: 'ip' };
      return { allowed: true };
    } catch (e) {
      this.logger.warn(`Sign-in throttle unavailable (${(e as Error).message}); allowing the attempt`);
      return { allowed: true };
    }
  }

  /** Counts a failure; returns the lock length in seconds when this failure locked the account. */
  async recordFailure(email: string): Promise<number | null> {
    try {
      const key = this.failKey(email);
      const lockSeconds = this.config.LOGIN_LOCK_MINUTES * 60;
      const result = await this.redis.multi().incr(key).expire(key, lockSeconds).exec();
      const failures = Number(result?.[0]?.[1] ?? 0);
      if (failures >= this.config.LOGIN_MAX_FAILURES) {
        await this.redis.multi().set(this.lockKey(email), '1', 'EX', lockSeconds).del(key).exec();
        return lockSeconds;
      }
      return null;
    } catch (e) {
      this.logger.warn(`Could not count a failed sign-in (${(e as Error).message})`);
      return null;
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.failKey(email)).catch(() => 0);
  }

  private failKey(email: string): string {
    return this.keys.key('login', 'failures', this.digest(email));
  }

  private lockKey(email: string): string {
    return this.keys.key('login', 'lock', this.digest(email));
  }

  /** E-mail addresses are not put in Redis key names in clear. */
  private digest(email: string): string {
    return createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32);
  }
}
