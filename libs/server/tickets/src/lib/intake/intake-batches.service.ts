import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, commitOneByOne, GroupCommitter, type AppConfig } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { IntakeBatchWriter, type WrittenItem } from './intake-batch.writer';
import type { IntakeItem, IntakeOutcome } from './intake-item';

/** One batch commits while the next gathers: more would only queue on the same two cores. */
const BATCHES_IN_FLIGHT = 2;

const TICKETS_BY_KEY_SQL = `
SELECT t.id, t.reporter_id AS "reporterId", t.idempotency_key AS "key"
  FROM tickets t JOIN unnest($1::uuid[], $2::text[]) AS k(reporter_id, key) ON t.reporter_id = k.reporter_id AND t.idempotency_key = k.key`;

/** Thrown when COMMIT itself failed: the batch may or may not be stored, so it must not be written again. */
class CommitOutcomeUnknown extends Error {
  constructor(cause: unknown) {
    super(`an intake transaction's COMMIT failed, so whether it was stored is unknown: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * Ticket intake by group commit: concurrent POSTs share one transaction (INTAKE_BATCH_WAIT_MS,
 * INTAKE_BATCH_MAX), and each is answered only after that transaction commits, so nothing answered
 * 201 is lost in a crash. Should a batch still fail (a connection lost, a value Postgres refuses),
 * its items are committed one by one, so the fault fails only its own request.
 */
@Injectable()
export class IntakeBatchesService implements OnModuleDestroy {
  private readonly logger = new Logger(IntakeBatchesService.name);
  private readonly committer: GroupCommitter<IntakeItem, IntakeOutcome>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: IntakeBatchWriter,
    private readonly live: LiveEventsPublisher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.committer = new GroupCommitter((items) => this.commit(items), { waitMs: config.INTAKE_BATCH_WAIT_MS, maxItems: config.INTAKE_BATCH_MAX, maxInFlight: BATCHES_IN_FLIGHT });
  }

  /** Resolves once the item's batch has committed: with its new ticket, or the ticket its key already names. */
  submit(item: IntakeItem): Promise<IntakeOutcome> {
    return this.committer.submit(item);
  }

  /** POSTs gathered for a batch that has not started committing (while the database is slow, they gather). */
  get waiting(): number {
    return this.committer.waiting;
  }

  /** Shutting down: what has gathered commits (and is answered) while the database is still there. */
  async onModuleDestroy(): Promise<void> {
    await this.committer.flush();
  }

  private async commit(items: readonly IntakeItem[]): Promise<PromiseSettledResult<IntakeOutcome>[]> {
    try {
      return await this.settle(items, await this.writeInTransaction(items));
    } catch (e) {
      if (e instanceof CommitOutcomeUnknown || items.length === 1) throw e;
      this.logger.warn(`an intake batch of ${items.length} failed (${(e as Error).message}); committing its tickets one by one`);
      return commitOneByOne(items, async (one) => this.settle(one, await this.writeInTransaction(one)));
    }
  }

  private async writeInTransaction(items: readonly IntakeItem[]): Promise<WrittenItem[]> {
    let written = false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const result = await this.writer.write(manager, items);
        written = true;
        return result;
      });
    } catch (e) {
      // Every statement went through, so it was COMMIT that failed.
      throw written ? new CommitOutcomeUnknown(e) : e;
    }
  }

  /**
   * After the commit: the new tickets are announced to live streams in one round trip, and items whose key
   * was taken are answered with the ticket it names, found in one query.
   */
  private async settle(items: readonly IntakeItem[], written: readonly WrittenItem[]): Promise<PromiseSettledResult<IntakeOutcome>[]> {
    await this.live.publishMany(
      written.flatMap((w, i) => (w.kind === 'created' ? [{ type: 'ticket.changed' as const, id: w.ticket.id, audience: { serviceId: w.ticket.serviceId, userIds: [(items[i] as IntakeItem).reporter.userId] } }] : [])),
    );
    const lookUp = items.filter((_, i) => written[i]?.kind === 'key-taken');
    let ticketOf = new Map<string, string>();
    let lookUpFailed: unknown = null;
    if (lookUp.length) {
      try {
        const found: { id: string; reporterId: string; key: string }[] = await this.dataSource.query(TICKETS_BY_KEY_SQL, [lookUp.map((i) => i.reporter.userId), lookUp.map((i) => i.idempotencyKey)]);
        ticketOf = new Map(found.map((t) => [keyOf(t.reporterId, t.key), t.id]));
      } catch (e) {
        lookUpFailed = e;
      }
    }
    return written.map((w, i): PromiseSettledResult<IntakeOutcome> => {
      if (w.kind === 'created') return { status: 'fulfilled', value: { kind: 'created', ticket: w.ticket } };
      if (w.kind === 'refused') return { status: 'rejected', reason: w.error };
      if (lookUpFailed) return { status: 'rejected', reason: lookUpFailed };
      const item = items[i] as IntakeItem;
      const ticketId = ticketOf.get(keyOf(item.reporter.userId, item.idempotencyKey ?? ''));
      return ticketId ? { status: 'fulfilled', value: { kind: 'replayed', ticketId } } : { status: 'rejected', reason: w.otherwise };
    });
  }
}

function keyOf(reporterId: string, key: string): string {
  return `${reporterId}\u0000${key}`;
}
