import { Module } from '@nestjs/common';
import { LiveEventsController } from './live-events.controller';
import { LiveEventsHub } from './live-events.hub';
import { LiveEventsPublisher } from './live-events.publisher';

/** Publishing only (worker, and api services that change things). */
@Module({ providers: [LiveEventsPublisher], exports: [LiveEventsPublisher] })
export class LivePublisherModule {}

/** The api's `/api/events/stream`. */
@Module({ providers: [LiveEventsHub, LiveEventsPublisher], controllers: [LiveEventsController], exports: [LiveEventsPublisher] })
export class LiveApiModule {}
