import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '@navdesk/server/core';
import { TICKET_JOBS, TICKETS, TRIAGE_BATCH } from './tickets.constants';
import { TicketsProcessor } from './tickets.processor';

/** The tickets queue's job map binds each job name to its payload at the producers. */
describe('tickets job map', () => {
  const recorded: unknown[] = [];
  const manager = {
    queryRunner: { isTransactionActive: true },
    create: (_entity: unknown, row: Record<string, unknown>) => ({ id: `row-${recorded.length + 1}`, ...row }),
    insert: async (_entity: unknown, row: unknown) => void recorded.push(row),
    query: async () => [],
  } as unknown as EntityManager;

  it('accepts the triage job with a ticket id, and rejects drift at compile time', async () => {
    const outbox = new OutboxWriter();
    await outbox.enqueue(manager, TICKETS, TICKET_JOBS.triage, { ticketId: 't1' });
    // @ts-expect-error: not a tickets job
    await outbox.enqueue(manager, TICKETS, 'triage-ticket', { ticketId: 't1' });
    // @ts-expect-error: the risk alert carries a ticket id, not a patient ref
    await outbox.enqueue(manager, TICKETS, TICKET_JOBS.riskAlert, { patientRef: 'P1' });
    expect(recorded[0]).toEqual(expect.objectContaining({ queue: 'tickets', jobName: 'triage', payload: { ticketId: 't1' } }));
    expect(recorded).toHaveLength(3);
  });
});

describe('the tickets processor and triage batches', () => {
  it('runs as many triage jobs at once as the batches in flight can hold, so no job waits outside a batch and none is idle', () => {
    // What @Processor(TICKETS_QUEUE, { concurrency }) recorded for the worker.
    const options = Reflect.getMetadata('bullmq:worker_metadata', TicketsProcessor) as { concurrency?: number };
    expect(options.concurrency).toBe(TRIAGE_BATCH.max * TRIAGE_BATCH.inFlight);
  });
});
