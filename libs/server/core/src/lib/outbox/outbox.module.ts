import { Module } from '@nestjs/common';
import { OutboxWriter } from './outbox.writer';
import { OutboxRelay } from './outbox.relay';

/** The api side: write jobs into the outbox inside business transactions. */
@Module({ providers: [OutboxWriter], exports: [OutboxWriter] })
export class OutboxModule {}

/** The worker side: relay committed rows into BullMQ. Queues must be registered by the domain modules. */
@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class OutboxRelayModule {}
