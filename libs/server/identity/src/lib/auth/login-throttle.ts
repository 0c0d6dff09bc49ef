import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, REDIS_CLIENT, RedisKeys, type AppConfig } from '@navdesk/server/core';

export class TooManyAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number, message: string) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** 503 while attempts cannot be counted: sign-in fails closed rather than letting unlimited guesses through. */
export class SignInPausedException extends HttpException {
  readonly retryAfterSeconds = 30;

  constructor() {
    super('Sign-in is paused for a moment; try again shortly', HttpStatus.SERVICE_UNAVAILABLE);
  }
}

/** `attempt` is this attempt's number in the account's run of failures (1 = the first since the last success). */
export type ThrottleVerdict = { allowed: true; attempt: number } | { allowed: false; retryAfterSeconds: number; reason: 'locked' | 'ip' };

/**
 * Counts first, then decides, in one atomic step, so parallel guesses each see their own count:
 * a locked account is refused; the address's attempt is counted and refused past its limit; the
 * account's attempt is counted and, past LOGIN_MAX_FAILURES attempts still unanswered or failed,
 * locks the account. The address window starts at its first attempt (not at a clock minute), so
 * a burst cannot straddle two windows.
 * KEYS: lock, address bucket, account attempts. ARGV: address limit, address window ms, max failures, lock ms.
 */
const CHECK_SCRIPT = `
local lockMs = redis.call('PTTL', KEYS[1])
if lockMs > 0 then return {'locked', lockMs} end
local fromIp = redis.call('INCR', KEYS[2])
if fromIp == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
if fromIp > tonumber(ARGV[1]) then return {'ip', redis.call('PTTL', KEYS[2])} end
local attempt = redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[4])
if attempt > tonumber(ARGV[3]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[4])
  redis.call('DEL', KEYS[3])
  return {'locked', tonumber(ARGV[4])}
end
return {'allowed', attempt}
`;

const IP_WINDOW_MS = 60_000;

/**
 * Sign-in throttling counted in Redis, so it holds across api processes: per account, a lock after
 * LOGIN_MAX_FAILURES failures in a row lasting LOGIN_LOCK_MINUTES; per client address (req.ip, as
 * TRUST_PROXY computes it), LOGIN_IP_LIMIT_PER_MINUTE attempts. If Redis cannot count, sign-in
 * answers 503 with Retry-After: open sessions (kept in Postgres) carry on, and no one gets unlimited
 * guesses, nor past a lock, during the outage.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws SignInPausedException when Redis cannot answer. */
  async check(email: string, ip: string): Promise<ThrottleVerdict> {
    let answer: unknown;
    try {
      answer = await this.redis.eval(
        CHECK_SCRIPT,
        3,
        this.lockKey(email),
        this.keys.key('login', 'ip', ip || 'unknown'),
        this.failKey(email),
        this.config.LOGIN_IP_LIMIT_PER_MINUTE,
        IP_WINDOW_MS,
        this.config.LOGIN_MAX_FAILURES,
        this.lockMs(),
      );
    } catch (e) {
      this.logger.warn(`Sign-in throttle unavailable (${(e as Error).message}); refusing sign-in until Redis answers`);
      throw new SignInPausedException();
    }
    const [verdict, n] = Array.isArray(answer) ? answer : [];
    if (verdict === 'allowed') return { allowed: true, attempt: Number(n) };
    if (verdict === 'locked' || verdict === 'ip') return { allowed: false, reason: verdict, retryAfterSeconds: Math.max(1, Math.ceil(Number(n) / 1000)) };
    this.logger.error(`Sign-in throttle gave an unexpected answer (${JSON.stringify(answer)})`);
    throw new SignInPausedException();
  }

  /**
   * The attempt was already counted by check(); the failure that reaches LOGIN_MAX_FAILURES locks the
   * account now. Returns the lock length in seconds when it did. If Redis fails here, the next
   * attempt's count locks the account instead.
   */
  async recordFailure(email: string, attempt: number): Promise<number | null> {
    if (attempt < this.config.LOGIN_MAX_FAILURES) return null;
    try {
      await this.redis.multi().set(this.lockKey(email), '1', 'PX', this.lockMs()).del(this.failKey(email)).exec();
      return this.config.LOGIN_LOCK_MINUTES * 60;
    } catch (e) {
      this.logger.warn(`Could not lock an account after failed sign-ins (${(e as Error).message})`);
      return null;
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.failKey(email)).catch(() => 0);
  }

  private lockMs(): number {
    return this.config.LOGIN_LOCK_MINUTES * 60_000;
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
