import type { EntityManager } from 'typeorm';
import { typedQueue, type JobOf, type NoPayload } from './job-map';
import { OutboxWriter, writesAsCtes } from './outbox.writer';

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
  const record = async (sql: string, params: unknown[] = []) => {
    queries.push({ sql, params });
    return [];
  };
  const manager = {
    // preparedQuery runs on the transaction's own connection.
    queryRunner: { isTransactionActive: true, connect: async () => ({ query: async (c: { text: string; values: unknown[] }) => ({ rows: await record(c.text, c.values) }) }) },
    create: (_entity: unknown, row: Record<string, unknown>) => ({ id: 'row-1', ...row }),
    insert: async (_entity: unknown, row: unknown) => void rows.push(row),
    query: record,
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

describe('writesAsCtes (several writes in one statement)', () => {
  it('renumbers each write’s parameters after the ones before it, and says where the next begin', () => {
    const { ctes, params, from } = writesAsCtes([
      { sql: 'UPDATE a SET x = $2 WHERE id = $1', params: ['a1', 'x'] },
      { sql: 'INSERT INTO b (p, q) VALUES ($1, $1 || $2)', params: ['p', 'q'] },
      { sql: 'DELETE FROM c WHERE id = $10', params: Array.from({ length: 10 }, (_, i) => i) },
    ]);
    expect(ctes).toBe('beside0 AS (UPDATE a SET x = $2 WHERE id = $1),\nbeside1 AS (INSERT INTO b (p, q) VALUES ($3, $3 || $4)),\nbeside2 AS (DELETE FROM c WHERE id = $14)');
    expect(params).toEqual(['a1', 'x', 'p', 'q', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(from).toBe(15);
  });

  it('puts the outbox rows after the writes, and sends no NOTIFY for no jobs', async () => {
    const { manager, queries } = recordingManager();
    await new OutboxWriter().enqueueManyWith(manager, [{ sql: 'UPDATE a SET x = $1', params: ['x'] }], SAMPLE, []);
    expect(queries).toHaveLength(1);
    expect(queries[0]?.sql).toMatch(/^WITH beside0 AS \(UPDATE a SET x = \$1\),\s+queued AS \(/);
    expect(queries[0]?.sql).toMatch(/unnest\(\$3::uuid\[\].*WHERE cardinality\(\$3::uuid\[\]\) > 0$/s);
    expect(queries[0]?.params).toEqual(['x', 'sample', [], [], []]);
  });
});
