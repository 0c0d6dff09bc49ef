import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

/** The LISTEN/NOTIFY channel the relay wakes on. */
export const OUTBOX_CHANNEL = 'navdesk_outbox';

export type OutboxPayload = Record<string, string | number | boolean | null>;

export interface OutboxJob {
  queue: string;
  jobName: string;
  /** Ids only: job data sits in Redis in clear text. */
  payload: OutboxPayload;
}

/** Records a job inside the caller's transaction; it reaches the queue only if that transaction commits. */
@Injectable()
export class OutboxWriter {
  async enqueue(manager: EntityManager, job: OutboxJob): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.enqueue must run inside the business transaction');
    }
    const row = manager.create(OutboxMessageEntity, { queue: job.queue, jobName: job.jobName, payload: job.payload });
    await manager.insert(OutboxMessageEntity, row);
    // Delivered at commit (never if it rolls back): wakes the relay at once instead of at its next poll.
    await manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
    return row.id;
  }
}
