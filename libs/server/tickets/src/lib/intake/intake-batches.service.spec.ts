import { ConflictException } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '@navdesk/server/access';
import { loadConfig } from '@navdesk/server/core';
import type { LiveEventsPublisher, LiveEventToPublish } from '@navdesk/server/live';
import type { TicketEntity } from '../entities/ticket.entity';
import type { IntakeBatchWriter, WrittenItem } from './intake-batch.writer';
import { IntakeBatchesService } from './intake-batches.service';
import type { IntakeItem } from './intake-item';

const REPORTER: UserPrincipal = { kind: 'user', userId: 'alice', sessionId: 's1', email: 'alice@navdesk.test', name: 'Alice', role: 'pwp', serviceIds: ['service-1'] };

function item(title: string, idempotencyKey: string | null = null): IntakeItem {
  return {
    dto: { kind: 'tech_support', title, description: 'd', serviceId: 'service-1' },
    reporter: REPORTER,
    idempotencyKey,
    text: { title, titleMasked: title, description: 'd', descriptionMasked: 'd' },
    risk: { flag: false, matched: [], categories: [] },
    request: { requestId: `req-${title}`, ip: null },
  };
}

const created = (i: IntakeItem): WrittenItem => ({ kind: 'created', ticket: { id: `ticket-${i.dto.title}`, serviceId: 'service-1' } as TicketEntity });

/** A live publisher that records what each call announced. */
function fakeLive(): { live: LiveEventsPublisher; published: LiveEventToPublish[][] } {
  const published: LiveEventToPublish[][] = [];
  return { live: { publishMany: async (events: readonly LiveEventToPublish[]) => void published.push([...events]) } as unknown as LiveEventsPublisher, published };
}

/** A data source whose transactions run the writer, and whose COMMIT fails when told to. */
class FakeDatabase {
  commitFails = false;
  readonly lookups: unknown[][] = [];
  ticketsByKey: { id: string; reporterId: string; key: string }[] = [];

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await work({} as EntityManager);
    if (this.commitFails) throw new Error('Connection terminated unexpectedly');
    return result;
  }

  async query(_sql: string, params: unknown[]): Promise<unknown[]> {
    this.lookups.push(params);
    return this.ticketsByKey;
  }
}

/** A writer that records each batch it is given and answers with `answer`. */
function fakeWriter(answer: (items: readonly IntakeItem[]) => WrittenItem[]): { writer: IntakeBatchWriter; batches: string[][] } {
  const batches: string[][] = [];
  const writer = {
    write: async (_manager: EntityManager, items: readonly IntakeItem[]) => {
      batches.push(items.map((i) => i.dto.title));
      return answer(items);
    },
  } as unknown as IntakeBatchWriter;
  return { writer, batches };
}

function service(db: FakeDatabase, writer: IntakeBatchWriter, live = fakeLive().live): IntakeBatchesService {
  return new IntakeBatchesService(db as unknown as DataSource, writer, live, loadConfig({ INTAKE_BATCH_WAIT_MS: '0' }));
}

describe('IntakeBatchesService', () => {
  it('commits a batch that fails as a whole one ticket at a time, so only the faulty ticket fails', async () => {
    const { writer, batches } = fakeWriter((items) => {
      if (items.some((i) => i.dto.title === 'faulty')) throw Object.assign(new Error('invalid input value'), { code: '22P02' });
      return items.map(created);
    });
    const intake = service(new FakeDatabase(), writer);
    const results = await Promise.allSettled(['a', 'faulty', 'b'].map((title) => intake.submit(item(title))));
    expect(batches).toEqual([['a', 'faulty', 'b'], ['a'], ['faulty'], ['b']]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toEqual({ status: 'fulfilled', value: { kind: 'created', ticket: { id: 'ticket-a', serviceId: 'service-1' } } });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: '22P02' } });
  });

  it('never writes a batch again when its COMMIT failed (it may be stored): every ticket of it fails', async () => {
    const db = new FakeDatabase();
    db.commitFails = true;
    const { writer, batches } = fakeWriter((items) => items.map(created));
    const intake = service(db, writer);
    const results = await Promise.allSettled(['a', 'b'].map((title) => intake.submit(item(title))));
    expect(batches).toEqual([['a', 'b']]);
    for (const r of results) expect(r).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/COMMIT failed, so whether it was stored is unknown/) } });
  });

  it('answers an item whose key was taken with the ticket that key names, found after the commit; 409 if there is none', async () => {
    const db = new FakeDatabase();
    db.ticketsByKey = [{ id: 'earlier-ticket', reporterId: 'alice', key: 'key-0000001' }];
    const { writer } = fakeWriter((items) => items.map((i) => (i.idempotencyKey ? { kind: 'key-taken', otherwise: new ConflictException('A ticket with this Idempotency-Key is being created') } : created(i))));
    const intake = service(db, writer);
    const results = await Promise.allSettled([intake.submit(item('a', 'key-0000001')), intake.submit(item('b', 'key-0000002')), intake.submit(item('c'))]);
    expect(db.lookups).toEqual([[['alice', 'alice'], ['key-0000001', 'key-0000002']]]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: { kind: 'replayed', ticketId: 'earlier-ticket' } });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: expect.any(ConflictException) });
    expect(results[2]).toEqual({ status: 'fulfilled', value: { kind: 'created', ticket: { id: 'ticket-c', serviceId: 'service-1' } } });
  });

  it('announces a batch’s new tickets to live streams in one call, after the commit, and nothing of a failed commit', async () => {
    const { live, published } = fakeLive();
    const { writer } = fakeWriter((items) => items.map((i) => (i.idempotencyKey ? { kind: 'key-taken', otherwise: new ConflictException('taken') } : created(i))));
    const intake = service(new FakeDatabase(), writer, live);
    await Promise.allSettled([intake.submit(item('a')), intake.submit(item('b', 'key-0000001')), intake.submit(item('c'))]);
    expect(published).toEqual([
      [
        { type: 'ticket.changed', id: 'ticket-a', audience: { serviceId: 'service-1', userIds: ['alice'] } },
        { type: 'ticket.changed', id: 'ticket-c', audience: { serviceId: 'service-1', userIds: ['alice'] } },
      ],
    ]);

    const failing = new FakeDatabase();
    failing.commitFails = true;
    const quiet = fakeLive();
    await Promise.allSettled([service(failing, fakeWriter((items) => items.map(created)).writer, quiet.live).submit(item('d'))]);
    expect(quiet.published).toEqual([]);
  });

  it('commits what has gathered before the module stops', async () => {
    const { writer, batches } = fakeWriter((items) => items.map(created));
    const intake = new IntakeBatchesService(new FakeDatabase() as unknown as DataSource, writer, fakeLive().live, loadConfig({ INTAKE_BATCH_WAIT_MS: '1000' }));
    const answer = intake.submit(item('late'));
    await intake.onModuleDestroy();
    expect(batches).toEqual([['late']]);
    await expect(answer).resolves.toMatchObject({ kind: 'created' });
  });
});
