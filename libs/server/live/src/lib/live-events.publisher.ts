import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import type { LiveEvent, LiveEventAudience, LiveEventType } from '@navdesk/contracts';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';

/** What travels on the Redis channel: the event and who may see it. Ids only, never patient data. */
export interface LiveEnvelope {
  event: LiveEvent;
  audience: LiveEventAudience;
}

/** An envelope with its place in the replay log (a Redis stream id, `1796…-0`): the SSE `id:`. */
export interface LoggedEnvelope extends LiveEnvelope {
  logId: string;
}

export const LIVE_CHANNEL = 'live';
/** The replay log: the latest events, for a stream that reconnects with `Last-Event-ID`. */
export const LIVE_LOG = 'live:log';
/** How many events the log keeps (about; Redis trims whole nodes): minutes of a busy day, ~2 MB. */
export const LIVE_LOG_LENGTH = 10_000;

/**
 * Appends to the log and announces, in one step, so every api process sees events in the log's order
 * (two publishers' XADD and PUBLISH could otherwise interleave). The message is `<log id> <envelope JSON>`.
 */
const APPEND_AND_ANNOUNCE = `
for i = 2, #ARGV do
  local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[i])
  redis.call('PUBLISH', KEYS[2], id .. ' ' .. ARGV[i])
end
return #ARGV - 1`;

/** One live event to publish: its type, the id of what changed, and who may see it. */
export interface LiveEventToPublish {
  type: LiveEventType;
  id: string;
  audience: LiveEventAudience;
}

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
    await this.publishMany([{ type, id, audience }]);
  }

  /** Several events in one round trip (a batch of new tickets, say), in the order given. */
  async publishMany(events: readonly LiveEventToPublish[]): Promise<void> {
    if (events.length === 0) return;
    const at = new Date().toISOString();
    const envelopes = events.map(({ type, id, audience }): string => JSON.stringify({ event: { type, id, serviceId: audience.serviceId, at }, audience } satisfies LiveEnvelope));
    try {
      await this.redis.eval(APPEND_AND_ANNOUNCE, 2, this.keys.key(LIVE_LOG), this.keys.key(LIVE_CHANNEL), LIVE_LOG_LENGTH, ...envelopes);
    } catch (e) {
      this.logger.debug(`live events not published: ${(e as Error).message}`);
    }
  }
}
