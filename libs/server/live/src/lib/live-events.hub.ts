import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Observable, Subject } from 'rxjs';
import { APP_CONFIG, redisOptionsFromUrl, RedisKeys, type AppConfig } from '@navdesk/server/core';
import { parseAnnouncement } from './live-event-log';
import { LIVE_CHANNEL, type LoggedEnvelope } from './live-events.publisher';
import { parseSessionRevokedNotice, SESSION_REVOKED_CHANNEL, type SessionRevokedNotice } from './session-revocation.publisher';

/** One Redis subscription per api process, shared by all of its open event streams. */
@Injectable()
export class LiveEventsHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveEventsHub.name);
  private readonly subject = new Subject<LoggedEnvelope>();
  private readonly revoked = new Subject<SessionRevokedNotice>();
  private subscriber: Redis | undefined;
  private streams = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RedisKeys,
  ) {}

  /** Each open event stream subscribes once, for as long as it is open; the count is its metric. */
  get envelopes(): Observable<LoggedEnvelope> {
    return new Observable<LoggedEnvelope>((subscriber) => {
      this.streams++;
      const subscription = this.subject.subscribe(subscriber);
      // Runs once, whether the stream unsubscribes or the hub completes at shutdown.
      return () => {
        this.streams--;
        subscription.unsubscribe();
      };
    });
  }

  /** Event streams open on this process now (navdesk_live_stream_connections). */
  get openStreams(): number {
    return this.streams;
  }

  /** `session.revoked` notices from any api process (logout, and later sign-out-everywhere, deactivation). */
  get revocations(): Observable<SessionRevokedNotice> {
    return this.revoked.asObservable();
  }

  onModuleInit(): void {
    const liveChannel = this.keys.key(LIVE_CHANNEL);
    const revokedChannel = this.keys.key(SESSION_REVOKED_CHANNEL);
    // ioredis re-subscribes by itself after a reconnect.
    this.subscriber = new Redis({ ...redisOptionsFromUrl(this.config.REDIS_URL), lazyConnect: false, maxRetriesPerRequest: null });
    this.subscriber.on('error', () => undefined);
    this.subscriber.subscribe(liveChannel, revokedChannel).catch((e: Error) => this.logger.warn(`live events unavailable until Redis is back: ${e.message}`));
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === revokedChannel) {
        const notice = parseSessionRevokedNotice(message);
        if (notice) this.revoked.next(notice);
        else this.logger.warn('ignored a malformed session revocation notice');
        return;
      }
      // `<log id> <envelope>`; only the contract's types (an older or newer process may publish others).
      const envelope = parseAnnouncement(message);
      if (envelope) this.subject.next(envelope);
      else this.logger.warn('ignored a malformed live event, or one of an unknown type');
    });
  }

  onModuleDestroy(): void {
    this.subject.complete();
    this.revoked.complete();
    this.subscriber?.disconnect();
  }
}
