import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import type { LiveEvent, LiveEventAudience, LiveEventType } from '@navdesk/contracts';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';

/** What travels on the Redis channel: the event and who may see it. Ids only, never patient data. */
export interface LiveEnvelope {
  event: LiveEvent;
  audience: LiveEventAudience;
}

export const LIVE_CHANNEL = 'live';

/**
 * Publishes "something changed" after a commit, for every api process to fan out to its open streams.
 * Best effort: if Redis is down the change is still committed and the console catches up on its
 * next fetch, so a failed publish is logged, never thrown.
 */
@Injectable()
export class LiveEventsPublisher {
  private readonly logger = new Logger(LiveEventsPublisher.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async publish(type: LiveEventType, id: string, audience: LiveEventAudience): Promise<void> {
    const envelope: LiveEnvelope = { event: { type, id, serviceId: audience.serviceId, at: new Date().toISOString() }, audience };
    try {
      await this.redis.publish(this.keys.key(LIVE_CHANNEL), JSON.stringify(envelope));
    } catch (e) {
      this.logger.debug(`live event not published: ${(e as Error).message}`);
    }
  }
}
