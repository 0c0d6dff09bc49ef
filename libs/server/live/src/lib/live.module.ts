import { Module } from '@nestjs/common';
import { LiveEventLog } from './live-event-log';
import { LiveEventsController } from './live-events.controller';
import { LiveEventsHub } from './live-events.hub';
import { LiveEventsPublisher } from './live-events.publisher';
import { DEFAULT_LIVE_SESSION_RECHECK_MS, LIVE_SESSION_RECHECK_MS, LiveStreamSessions } from './live-stream-sessions.service';
import { SessionRevocationPublisher } from './session-revocation.publisher';

/** Publishing only (worker, and api services that change things or end sessions). */
@Module({ providers: [LiveEventsPublisher, SessionRevocationPublisher], exports: [LiveEventsPublisher, SessionRevocationPublisher] })
export class LivePublisherModule {}

/** The api's `/api/events/stream`, whose streams end with their sessions. */
@Module({
  providers: [LiveEventsHub, LiveEventLog, LiveEventsPublisher, LiveStreamSessions, { provide: LIVE_SESSION_RECHECK_MS, useValue: DEFAULT_LIVE_SESSION_RECHECK_MS }],
  controllers: [LiveEventsController],
  // The hub for the api's metrics (open streams).
  exports: [LiveEventsPublisher, LiveEventsHub],
})
export class LiveApiModule {}
