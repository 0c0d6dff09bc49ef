import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { withTimeout } from '../async/with-timeout';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OUTBOX_CHANNEL } from './outbox.writer';

const BATCH = 100;

export interface RelayResult {
  sent: number;
  pending: number;
  error: string | null;
}
const ADD_TIMEOUT_MS = 3_000;

function groupByQueue(rows: OutboxMessageEntity[]): Map<string, OutboxMessageEntity[]> {
  const groups = new Map<string, OutboxMessageEntity[]>();
  for (const row of rows) groups.set(row.queue, [...(groups.get(row.queue) ?? []), row]);
  return groups;
}

/**
 * Moves committed outbox rows into their BullMQ queues. Rows are claimed with SKIP LOCKED so several
 * workers can relay at once; the job id is the row id, so a row relayed twice (a crash between add and
 * mark) is still one job. While Redis is down rows simply wait, and go out once it is back.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RelayResult> | undefined;
  private stopped = false;
  private failing = false;
  private readonly queues = new Map<string, Queue>();
  private listener: Client | undefined;
  private again = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
    void this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  /** Wakes on NOTIFY from committed outbox writes; polling stays as the fallback if this connection drops. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'navdesk-outbox-listener' });
    client.on('notification', () => this.wake());
    client.on('error', () => {
      client.end().catch(() => undefined);
      if (this.listener === client) this.listener = undefined;
      setTimeout(() => void this.listen(), 2_000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch {
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 2_000).unref();
    }
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  /** Relays one batch. Public for tests. */
  async relayOnce(): Promise<RelayResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder('o')
        .where('o.dispatched_at IS NULL')
        .orderBy('o.created_at', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let sent = 0;
      let error: string | null = null;
      // One round trip per queue (addBulk) and one UPDATE for the rows sent; a queue that fails
      // stops the batch, and its rows keep the reason and are tried again after a pause.
      for (const [queueName, group] of groupByQueue(rows)) {
        try {
          const queue = this.queueFor(queueName);
          await withTimeout(queue.addBulk(group.map((row) => ({ name: row.jobName, data: row.payload, opts: { jobId: row.id } }))), ADD_TIMEOUT_MS, `queue ${queueName}`);
          await manager.query(`UPDATE outbox_messages SET dispatched_at = now(), dispatch_attempts = dispatch_attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`, [group.map((r) => r.id)]);
          sent += group.length;
        } catch (e) {
          error = (e as Error).message.slice(0, 500);
          await manager.query(`UPDATE outbox_messages SET dispatch_attempts = dispatch_attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`, [group.map((r) => r.id), error]);
          break;
        }
      }
      return { sent, pending: rows.length - sent, error };
    });
  }

  private noteHealth(error: string | null): void {
    if (error && !this.failing) this.logger.warn(`Outbox relay paused: ${error}`);
    if (!error && this.failing) this.logger.log('Outbox relay is moving jobs again');
    this.failing = error !== null;
  }

  private queueFor(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      this.queues.set(name, queue);
    }
    return queue;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    this.running = this.relayOnce();
    let sent = 0;
    try {
      const result = await this.running;
      sent = result.sent;
      this.noteHealth(result.error);
    } catch (e) {
      this.noteHealth((e as Error).message); // the database itself is unreachable
    } finally {
      this.running = undefined;
    }
    if (this.again && !this.failing) {
      this.again = false;
      this.schedule(0);
      return;
    }
    // Drain quickly while there is work; back off while a dependency is down.
    this.schedule(sent === BATCH ? 0 : this.failing ? Math.max(this.config.OUTBOX_POLL_MS, 2_000) : this.config.OUTBOX_POLL_MS);
  }
}
