import { Module } from '@nestjs/common';
import { OutboxRelay } from './outbox.relay';
import { OutboxWriter } from './outbox.writer';

/** The api side: write jobs into the outbox inside business transactions. */
@Module({ providers: [OutboxWriter], exports: [OutboxWriter] })
export class OutboxModule {}

/** The worker side: relay committed rows into BullMQ. Queues must be registered by the domain modules. */
@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class OutboxRelayModule {}
