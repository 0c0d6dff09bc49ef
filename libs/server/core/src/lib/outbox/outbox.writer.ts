import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import type { JobMap, OutboxValue, TypedQueue } from './job-map';
import { OutboxMessageEntity } from './outbox-message.entity';

/** The LISTEN/NOTIFY channel the relay wakes on. */
export const OUTBOX_CHANNEL = 'navdesk_outbox';

export type OutboxPayload = Record<string, OutboxValue>;

/** One job of a queue's map with its payload, for `enqueueMany`: a union discriminated by `jobName`. */
export type OutboxJob<M extends JobMap<M>> = { [N in keyof M & string]: { jobName: N; payload: M[N] } }[keyof M & string];

/** All the rows in one statement, and one NOTIFY for them in the same round trip (none when there are no rows). */
const enqueueManySql = (from: number) => `
queued AS (
  INSERT INTO outbox_messages (id, queue, job_name, payload)
  SELECT j.id, $${from}, j.job_name, j.payload FROM unnest($${from + 1}::uuid[], $${from + 2}::text[], $${from + 3}::jsonb[]) AS j(id, job_name, payload)
)
SELECT pg_notify('${OUTBOX_CHANNEL}', '') WHERE cardinality($${from + 1}::uuid[]) > 0`;

/** A data-modifying statement (INSERT, UPDATE…) of the caller's, with its parameters as $1…$n. */
export interface WriteBeside {
  sql: string;
  params: readonly unknown[];
}

/**
 * Several writes as the CTEs of one statement (`besideN AS (…)`), their parameters renumbered after one
 * another; `from` is the first parameter number after them all. The writes must not depend on each other:
 * a data-modifying CTE does not see the others' rows.
 */
export function writesAsCtes(writes: readonly WriteBeside[]): { ctes: string; params: unknown[]; from: number } {
  const params: unknown[] = [];
  const ctes = writes.map((w, i) => {
    const offset = params.length;
    params.push(...w.params);
    return `beside${i} AS (${w.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  return { ctes: ctes.join(',\n'), params, from: params.length + 1 };
}

/** Records a job inside the caller's transaction; it reaches the queue only if that transaction commits. */
@Injectable()
export class OutboxWriter {
  /** Typed by the queue's job map: a wrong job name or payload shape does not compile. */
  async enqueue<M extends JobMap<M>, N extends keyof M & string>(manager: EntityManager, queue: TypedQueue<M>, jobName: N, payload: M[N]): Promise<string> {
    assertInTransaction(manager, 'enqueue');
    // JobMap guarantees a flat payload of OutboxValues; an interface just lacks the index signature to say so.
    const row = manager.create(OutboxMessageEntity, { queue: queue.name, jobName, payload: payload as OutboxPayload });
    await manager.insert(OutboxMessageEntity, row);
    // Delivered at commit (never if it rolls back): wakes the relay at once instead of at its next poll.
    await manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
    return row.id;
  }

  /**
   * Many jobs of one queue in one statement (a batch of tickets, say), with one NOTIFY. Returns the rows'
   * ids (the jobs' ids) in the order of `jobs`; they are made here so that order needs no RETURNING.
   */
  async enqueueMany<M extends JobMap<M>>(manager: EntityManager, queue: TypedQueue<M>, jobs: readonly OutboxJob<M>[]): Promise<string[]> {
    assertInTransaction(manager, 'enqueueMany');
    if (jobs.length === 0) return [];
    return this.write(manager, [], queue, jobs);
  }

  /**
   * `enqueueMany`, and the caller's own writes `beside` in the same statement: one round trip for all (a
   * triage batch's tickets, timeline, notifications and their e-mail jobs). `jobs` may be empty; the writes
   * still run.
   */
  async enqueueManyWith<M extends JobMap<M>>(manager: EntityManager, beside: readonly WriteBeside[], queue: TypedQueue<M>, jobs: readonly OutboxJob<M>[]): Promise<string[]> {
    assertInTransaction(manager, 'enqueueManyWith');
    return this.write(manager, beside, queue, jobs);
  }

  /** The writes as CTEs, then the outbox rows and their NOTIFY: one prepared statement. */
  private async write<M extends JobMap<M>>(manager: EntityManager, beside: readonly WriteBeside[], queue: TypedQueue<M>, jobs: readonly OutboxJob<M>[]): Promise<string[]> {
    const ids = jobs.map(() => randomUUID());
    const { ctes, params, from } = writesAsCtes(beside);
    await preparedQuery(manager, `WITH ${ctes ? `${ctes},` : ''} ${enqueueManySql(from)}`, [...params, queue.name, ids, jobs.map((j) => j.jobName), jobs.map((j) => JSON.stringify(j.payload))]);
    return ids;
  }
}

function assertInTransaction(manager: EntityManager, method: string): void {
  if (!manager.queryRunner?.isTransactionActive) throw new Error(`OutboxWriter.${method} must run inside the business transaction`);
}
