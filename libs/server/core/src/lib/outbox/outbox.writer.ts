import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobMap, OutboxValue, TypedQueue } from './job-map';
import { OutboxMessageEntity } from './outbox-message.entity';

/** The LISTEN/NOTIFY channel the relay wakes on. */
export const OUTBOX_CHANNEL = 'navdesk_outbox';

export type OutboxPayload = Record<string, OutboxValue>;

/** Records a job inside the caller's transaction; it reaches the queue only if that transaction commits. */
@Injectable()
export class OutboxWriter {
  /** Typed by the queue's job map: a wrong job name or payload shape does not compile. */
  async enqueue<M extends JobMap<M>, N extends keyof M & string>(manager: EntityManager, queue: TypedQueue<M>, jobName: N, payload: M[N]): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.enqueue must run inside the business transaction');
    }
    // JobMap guarantees a flat payload of OutboxValues; an interface just lacks the index signature to say so.
    const row = manager.create(OutboxMessageEntity, { queue: queue.name, jobName, payload: payload as OutboxPayload });
    await manager.insert(OutboxMessageEntity, row);
    // Delivered at commit (never if it rolls back): wakes the relay at once instead of at its next poll.
    await manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
    return row.id;
  }
}
