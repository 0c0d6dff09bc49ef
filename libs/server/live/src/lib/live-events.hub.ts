import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Subject, type Observable } from 'rxjs';
import { isLiveEventType } from '@navdesk/contracts';
import { APP_CONFIG, redisOptionsFromUrl, RedisKeys, type AppConfig } from '@navdesk/server/core';
import { LIVE_CHANNEL, type LiveEnvelope } from './live-events.publisher';
import { parseSessionRevokedNotice, SESSION_REVOKED_CHANNEL, type SessionRevokedNotice } from './session-revocation.publisher';

/** One Redis subscription per api process, shared by all of its open event streams. */
@Injectable()
export class LiveEventsHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveEventsHub.name);
  private readonly subject = new Subject<LiveEnvelope>();
  private readonly revoked = new Subject<SessionRevokedNotice>();
  private subscriber: Redis | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RedisKeys,
  ) {}

  get envelopes(): Observable<LiveEnvelope> {
    return this.subject.asObservable();
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
      let envelope: LiveEnvelope;
      try {
        envelope = JSON.parse(message) as LiveEnvelope;
      } catch {
        this.logger.warn('ignored a malformed live event');
        return;
      }
      // Only the contract's types reach the console (an older or newer process may publish others).
      if (isLiveEventType(envelope.event?.type)) this.subject.next(envelope);
      else this.logger.warn('ignored a live event of an unknown type');
    });
  }

  onModuleDestroy(): void {
    this.subject.complete();
    this.revoked.complete();
    this.subscriber?.disconnect();
  }
}
