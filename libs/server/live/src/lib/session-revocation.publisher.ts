import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';

/**
 * "These sessions have ended": the sessions named, and every session of the users named. Every api
 * process closes its open event streams that match.
 */
export interface SessionRevokedNotice {
  sessionIds: string[];
  userIds: string[];
}

/** The Redis channel (under the configured prefix) that carries `session.revoked` notices. */
export const SESSION_REVOKED_CHANNEL = 'session.revoked';

/**
 * The hook for ending sessions everywhere at once. Whoever revokes a session (logout today;
 * sign-out-everywhere, deactivation and password changes too) calls `publish` after the revocation
 * has been committed. Best effort: if Redis is down the notice is lost, and each api's periodic
 * recheck of its open streams against `auth_sessions` ends them instead (within its interval).
 */
@Injectable()
export class SessionRevocationPublisher {
  private readonly logger = new Logger(SessionRevocationPublisher.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async publish(notice: Partial<SessionRevokedNotice>): Promise<void> {
    const message: SessionRevokedNotice = { sessionIds: notice.sessionIds ?? [], userIds: notice.userIds ?? [] };
    if (!message.sessionIds.length && !message.userIds.length) return;
    try {
      await this.redis.publish(this.keys.key(SESSION_REVOKED_CHANNEL), JSON.stringify(message));
    } catch (e) {
      this.logger.warn(`session revocation not published; open streams end at the next recheck: ${(e as Error).message}`);
    }
  }
}

/** A notice read from the channel, or null when it is malformed. */
export function parseSessionRevokedNotice(message: string): SessionRevokedNotice | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : null);
  const sessionIds = strings(record['sessionIds']);
  const userIds = strings(record['userIds']);
  return sessionIds && userIds ? { sessionIds, userIds } : null;
}
