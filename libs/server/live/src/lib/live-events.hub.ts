import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Subject, type Observable } from 'rxjs';
import { APP_CONFIG, redisOptionsFromUrl, RedisKeys, type AppConfig } from '@navdesk/server/core';
import { LIVE_CHANNEL, type LiveEnvelope } from './live-events.publisher';

/** One Redis subscription per api process, shared by all of its open event streams. */
@Injectable()
export class LiveEventsHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveEventsHub.name);
  private readonly subject = new Subject<LiveEnvelope>();
  private subscriber: Redis | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RedisKeys,
  ) {}

  get envelopes(): Observable<LiveEnvelope> {
    return this.subject.asObservable();
  }

  onModuleInit(): void {
    const channel = this.keys.key(LIVE_CHANNEL);
    // ioredis re-subscribes by itself after a reconnect.
    this.subscriber = new Redis({ ...redisOptionsFromUrl(this.config.REDIS_URL), lazyConnect: false, maxRetriesPerRequest: null });
    this.subscriber.on('error', () => undefined);
    this.subscriber.subscribe(channel).catch((e: Error) => this.logger.warn(`live events unavailable until Redis is back: ${e.message}`));
    this.subscriber.on('message', (_channel: string, message: string) => {
      try {
        this.subject.next(JSON.parse(message) as LiveEnvelope);
      } catch {
        this.logger.warn('ignored a malformed live event');
      }
    });
  }

  onModuleDestroy(): void {
    this.subject.complete();
    this.subscriber?.disconnect();
  }
}
