import type { EntityManager } from 'typeorm';
import { typedQueue, type JobOf, type NoPayload } from './job-map';
import { OutboxWriter } from './outbox.writer';

interface SampleJobs {
  'send-thing': { thingId: string; round: number };
  'sweep': NoPayload;
}
const SAMPLE = typedQueue<SampleJobs>('sample');

interface OtherJobs {
  'other-job': { otherId: string };
}
const OTHER = typedQueue<OtherJobs>('other');

/** Records what the writer inserts and queries; stands in for a manager inside an open transaction. */
function recordingManager(): { manager: EntityManager; rows: unknown[]; queries: { sql: string; params: unknown[] }[] } {
  const rows: unknown[] = [];
  const queries: { sql: string; params: unknown[] }[] = [];
  const manager = {
    queryRunner: { isTransactionActive: true },
    create: (_entity: unknown, row: Record<string, unknown>) => ({ id: 'row-1', ...row }),
    insert: async (_entity: unknown, row: unknown) => void rows.push(row),
    query: async (sql: string, params: unknown[] = []) => {
      queries.push({ sql, params });
      return [];
    },
  } as unknown as EntityManager;
  return { manager, rows, queries };
}

describe('OutboxWriter.enqueue (typed by the job map)', () => {
  it('writes the queue, job name and payload it is given', async () => {
    const { manager, rows } = recordingManager();
    await new OutboxWriter().enqueue(manager, SAMPLE, 'send-thing', { thingId: 't1', round: 2 });
    expect(rows).toEqual([expect.objectContaining({ queue: 'sample', jobName: 'send-thing', payload: { thingId: 't1', round: 2 } })]);
  });

  it('refuses to run outside a transaction', async () => {
    const manager = { queryRunner: undefined } as unknown as EntityManager;
    await expect(new OutboxWriter().enqueue(manager, SAMPLE, 'sweep', {})).rejects.toThrow(/inside the business transaction/);
  });

  it('does not compile with a wrong job name or payload (checked by the typecheck and ts-jest)', async () => {
    const { manager, rows } = recordingManager();
    const writer = new OutboxWriter();
    // @ts-expect-error: not a job of this queue
    await writer.enqueue(manager, SAMPLE, 'send-thingy', { thingId: 't1', round: 1 });
    // @ts-expect-error: another queue's job name
    await writer.enqueue(manager, SAMPLE, 'other-job', { otherId: 'o1' });
    // @ts-expect-error: payload misses a field
    await writer.enqueue(manager, SAMPLE, 'send-thing', { thingId: 't1' });
    // @ts-expect-error: payload field of the wrong type
    await writer.enqueue(manager, SAMPLE, 'send-thing', { thingId: 't1', round: '1' });
    // @ts-expect-error: an extra field (patient data must not ride along)
    await writer.enqueue(manager, SAMPLE, 'send-thing', { thingId: 't1', round: 1, patientRef: 'P1' });
    // @ts-expect-error: the other queue's payload under its name
    await writer.enqueue(manager, OTHER, 'other-job', { thingId: 't1' });
    // Nothing checks at run time: the compiler is the only guard, so every one of these was written.
    expect(rows).toHaveLength(6);
  });

  it('narrows a processor job by its name', () => {
    const data = (job: JobOf<SampleJobs>): string => {
      switch (job.name) {
        case 'send-thing':
          return `${job.data.thingId}:${job.data.round}`;
        case 'sweep':
          return 'swept';
      }
    };
    expect(data({ name: 'send-thing', data: { thingId: 't1', round: 3 } } as JobOf<SampleJobs>)).toBe('t1:3');
    const names: JobOf<SampleJobs>['name'][] = ['send-thing', 'sweep'];
    // @ts-expect-error: a name the map does not know
    names.push('send-thingy');
    expect(names).toHaveLength(3);
  });
});

describe('OutboxWriter.enqueueMany (a batch of jobs, one statement)', () => {
  it('writes every job in one statement that also sends the one NOTIFY, and returns their ids in order', async () => {
    const { manager, queries } = recordingManager();
    const ids = await new OutboxWriter().enqueueMany(manager, SAMPLE, [
      { jobName: 'send-thing', payload: { thingId: 't1', round: 1 } },
      { jobName: 'sweep', payload: {} },
      { jobName: 'send-thing', payload: { thingId: 't2', round: 2 } },
    ]);
    expect(queries).toHaveLength(1);
    const [{ sql, params }] = queries as [{ sql: string; params: unknown[] }];
    expect(sql).toMatch(/INSERT INTO outbox_messages[\s\S]*pg_notify\('navdesk_outbox'/);
    expect(params).toEqual(['sample', ids, ['send-thing', 'sweep', 'send-thing'], ['{"thingId":"t1","round":1}', '{}', '{"thingId":"t2","round":2}']]);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sends nothing, not even a NOTIFY, for no jobs', async () => {
    const { manager, queries } = recordingManager();
    expect(await new OutboxWriter().enqueueMany(manager, SAMPLE, [])).toEqual([]);
    expect(queries).toHaveLength(0);
  });

  it('refuses to run outside a transaction', async () => {
    const manager = { queryRunner: undefined } as unknown as EntityManager;
    await expect(new OutboxWriter().enqueueMany(manager, SAMPLE, [{ jobName: 'sweep', payload: {} }])).rejects.toThrow(/enqueueMany must run inside the business transaction/);
  });

  it('does not compile with a wrong job name or payload (checked by the typecheck and ts-jest)', async () => {
    const { manager, queries } = recordingManager();
    const writer = new OutboxWriter();
    // @ts-expect-error: not a job of this queue
    await writer.enqueueMany(manager, SAMPLE, [{ jobName: 'send-thingy', payload: { thingId: 't1', round: 1 } }]);
    // @ts-expect-error: another queue's job name
    await writer.enqueueMany(manager, SAMPLE, [{ jobName: 'other-job', payload: { otherId: 'o1' } }]);
    // @ts-expect-error: payload misses a field
    await writer.enqueueMany(manager, SAMPLE, [{ jobName: 'send-thing', payload: { thingId: 't1' } }]);
    // @ts-expect-error: an extra field (patient data must not ride along)
    await writer.enqueueMany(manager, SAMPLE, [{ jobName: 'send-thing', payload: { thingId: 't1', round: 1, patientRef: 'P1' } }]);
    // @ts-expect-error: one job's payload under another job's name
    await writer.enqueueMany(manager, SAMPLE, [{ jobName: 'sweep', payload: { thingId: 't1', round: 1 } }]);
    expect(queries).toHaveLength(5);
  });
});

/** A payload interface must stay flat: nested objects do not fit a job map. */
interface NestedJobs {
  nested: { patient: { ref: string } };
}
// @ts-expect-error: payload fields must be ids, counters or flags
typedQueue<NestedJobs>('nested');
