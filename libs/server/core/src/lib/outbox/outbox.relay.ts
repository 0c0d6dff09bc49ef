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
import { preparedQuery } from '../database/prepared-query';
import { OUTBOX_CHANNEL } from './outbox.writer';

const BATCH = 100;
/** How long a relay's claim on its rows lasts: a relay that crashes holding them lets go after this. */
const CLAIM_SECONDS = 30;
const ADD_TIMEOUT_MS = 3_000;

export interface RelayResult {
  sent: number;
  pending: number;
  error: string | null;
}

/** A claimed row: what its job needs. */
interface ClaimedRow {
  id: string;
  queue: string;
  jobName: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** The oldest unclaimed pending rows, claimed in one statement (SKIP LOCKED: two relays never claim the same row). */
const CLAIM_SQL = `
UPDATE outbox_messages o SET claimed_until = now() + make_interval(secs => $2)
  FROM (SELECT id FROM outbox_messages
         WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED) c
 WHERE o.id = c.id
RETURNING o.id, o.queue, o.job_name AS "jobName", o.payload, o.created_at AS "createdAt"`;

/**
 * The outcome of a batch, in one statement: rows sent ($1) are dispatched, rows whose queue failed ($2)
 * keep the reason ($3), and every claimed row ($4) is let go, so rows not tried go with the next batch.
 */
const SETTLE_SQL = `
UPDATE outbox_messages o
   SET dispatched_at = CASE WHEN o.id = ANY($1::uuid[]) THEN now() ELSE o.dispatched_at END,
       dispatch_attempts = o.dispatch_attempts + CASE WHEN o.id = ANY($1::uuid[]) OR o.id = ANY($2::uuid[]) THEN 1 ELSE 0 END,
       last_error = CASE WHEN o.id = ANY($1::uuid[]) THEN NULL WHEN o.id = ANY($2::uuid[]) THEN $3 ELSE o.last_error END,
       claimed_until = NULL
 WHERE o.id = ANY($4::uuid[])`;

function groupByQueue(rows: ClaimedRow[]): Map<string, ClaimedRow[]> {
  const groups = new Map<string, ClaimedRow[]>();
  for (const row of rows) groups.set(row.queue, [...(groups.get(row.queue) ?? []), row]);
  return groups;
}

/**
 * Moves committed outbox rows into their BullMQ queues. Rows are claimed for a while (claimed_until, taken
 * with SKIP LOCKED) so several workers can relay at once; the job id is the row id, so a row relayed twice
 * (a crash between add and settle, after which the claim lapses) is still one job. While Redis is down rows
 * simply wait, and go out once it is back.
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

  /**
   * Relays one batch: claims it (one statement), adds each queue's jobs (one addBulk each, the row id as the
   * job id), then settles it (one statement). No transaction is held open across Redis. A queue that fails
   * stops the batch; its rows keep the reason and are tried again after a pause. Public for tests.
   */
  async relayOnce(): Promise<RelayResult> {
    const claimed = await preparedQuery<ClaimedRow>(this.dataSource, CLAIM_SQL, [BATCH, CLAIM_SECONDS]);
    if (!claimed.length) return { sent: 0, pending: 0, error: null };
    claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const sent: string[] = [];
    let failed: string[] = [];
    let error: string | null = null;
    for (const [queueName, group] of groupByQueue(claimed)) {
      try {
        const queue = this.queueFor(queueName);
        await withTimeout(queue.addBulk(group.map((row) => ({ name: row.jobName, data: row.payload, opts: { jobId: row.id } }))), ADD_TIMEOUT_MS, `queue ${queueName}`);
        sent.push(...group.map((r) => r.id));
      } catch (e) {
        error = (e as Error).message.slice(0, 500);
        failed = group.map((r) => r.id);
        break;
      }
    }
    // Should this fail (the database gone), the claims lapse and the rows go again under the same job ids.
    await preparedQuery(this.dataSource, SETTLE_SQL, [sent, failed, error, claimed.map((r) => r.id)]);
    return { sent: sent.length, pending: claimed.length - sent.length, error };
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
