import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { commitOneByOne, GroupCommitter } from '@navdesk/server/core';
import { LiveEventsPublisher, type LiveEventToPublish } from '@navdesk/server/live';
import { TRIAGE_BATCH } from '../tickets.constants';
import { TriageBatchWriter, type TriageWritten } from './triage-batch.writer';

export type TriageOutcome = 'triaged' | 'already-triaged';

/**
 * Triage by group commit: triage jobs running at the same moment (the worker runs TRIAGE_BATCH.max at once)
 * share one transaction, written by TriageBatchWriter. Should a batch fail (a deadlock, a lost
 * connection), its tickets are triaged one by one, so a fault fails only its own job, which BullMQ retries.
 * Live events go out once the transaction has committed.
 */
@Injectable()
export class TriageService implements OnModuleDestroy {
  private readonly logger = new Logger(TriageService.name);
  private readonly committer = new GroupCommitter<string, TriageOutcome>((ids) => this.commit(ids), { waitMs: TRIAGE_BATCH.waitMs, maxItems: TRIAGE_BATCH.max, maxInFlight: TRIAGE_BATCH.inFlight });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: TriageBatchWriter,
    private readonly live: LiveEventsPublisher,
  ) {}

  /** Resolves once the ticket's batch has committed; rejects (unrecoverably) for a ticket that does not exist. */
  triage(ticketId: string): Promise<TriageOutcome> {
    return this.committer.submit(ticketId);
  }

  async onModuleDestroy(): Promise<void> {
    await this.committer.flush();
  }

  private async commit(ids: readonly string[]): Promise<PromiseSettledResult<TriageOutcome>[]> {
    try {
      return await this.writeAndPublish(ids);
    } catch (e) {
      if (ids.length === 1) throw e;
      this.logger.warn(`a triage batch of ${ids.length} failed (${(e as Error).message}); triaging its tickets one by one`);
      return commitOneByOne(ids, (one) => this.writeAndPublish(one));
    }
  }

  private async writeAndPublish(ids: readonly string[]): Promise<PromiseSettledResult<TriageOutcome>[]> {
    const now = new Date();
    const written = await this.dataSource.transaction((manager) => this.writer.write(manager, ids, now));
    await this.live.publishMany(written.flatMap(liveEventsOf));
    return written.map((w, i): PromiseSettledResult<TriageOutcome> =>
      w.outcome === 'missing' ? { status: 'rejected', reason: new UnrecoverableError(`ticket ${ids[i]} does not exist`) } : { status: 'fulfilled', value: w.outcome },
    );
  }
}

/** What a triaged ticket announces: the ticket, the incident it joined, the navigator it went to. */
function liveEventsOf(w: TriageWritten): LiveEventToPublish[] {
  if (w.outcome !== 'triaged') return [];
  const t = w.ticket;
  const events: LiveEventToPublish[] = [{ type: 'ticket.changed', id: t.id, audience: { serviceId: t.serviceId, userIds: [t.reporterId] } }];
  if (w.incidentId) events.push({ type: 'incident.changed', id: w.incidentId, audience: { serviceId: t.serviceId, userIds: [] } });
  if (w.assigned) events.push({ type: 'notification.created', id: t.id, audience: { serviceId: null, userIds: [w.assigned] } });
  return events;
}
