import { ConflictException, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditService, type AuditEntryOfRequest } from '@navdesk/server/audit';
import { OutboxWriter, type OutboxJob } from '@navdesk/server/core';
import { TicketEntity } from '../entities/ticket.entity';
import { eventBody } from '../rules';
import { TICKET_JOBS, TICKETS, type TicketJobs } from '../tickets.constants';
import type { IntakeItem } from './intake-item';
import { patientRefsOf, planBatch, type ItemPlan, type NamedPatient } from './intake-plan';

/** What the transaction made of an item; items whose key is taken are looked up once it has committed. */
export type WrittenItem = { kind: 'created'; ticket: TicketEntity } | { kind: 'key-taken'; otherwise: Error } | { kind: 'refused'; error: Error };

const PATIENTS_SQL = `SELECT id, ref, service_id AS "serviceId", pwp_id AS "pwpId" FROM patients WHERE ref = ANY($1::text[])`;

const REFERENCES_SQL = `SELECT nextval('ticket_reference_seq')::text AS n FROM generate_series(1, $1::int)`;

/** Rows whose reporter already has a ticket under their Idempotency-Key are skipped, not an error: they become replays. */
const INSERT_TICKETS_SQL = `
INSERT INTO tickets (reference, service_id, reporter_id, kind, title, title_masked, description, description_masked, patient_id, severity, category, risk_flag, idempotency_key)
SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::ticket_kind[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::ticket_severity[], $11::ticket_category[], $12::boolean[], $13::text[])
ON CONFLICT (reporter_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
RETURNING id, reference`;

const INSERT_EVENTS_SQL = `
INSERT INTO ticket_events (ticket_id, type, actor_id, internal, body, body_masked)
SELECT * FROM unnest($1::uuid[], $2::timeline_type[], $3::uuid[], $4::boolean[], $5::text[], $6::text[])`;

const LINK_DRAFTS_SQL = `
UPDATE kb_article_views v SET ticket_id = d.ticket_id
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS d(user_id, draft_id, ticket_id)
 WHERE v.user_id = d.user_id AND v.draft_id = d.draft_id`;

interface Inserting {
  item: IntakeItem;
  index: number;
  reference: string;
  patientId: string | null;
}

interface Inserted extends Inserting {
  id: string;
}

/**
 * Writes a batch of tickets inside the caller's transaction, one multi-row statement per table: the
 * tickets (ON CONFLICT for the Idempotency-Key), their timeline lines, their triage and risk-alert
 * jobs with one NOTIFY, their audit rows, and the knowledge-base drafts they came from. Items that fail
 * their checks are left out; the rest go on.
 */
@Injectable()
export class IntakeBatchWriter {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
  ) {}

  async write(manager: EntityManager, items: readonly IntakeItem[]): Promise<WrittenItem[]> {
    const refs = patientRefsOf(items);
    const patients: NamedPatient[] = refs.length ? await manager.query(PATIENTS_SQL, [refs]) : [];
    const plans = planBatch(items, patients);
    // What each item gets unless its ticket is inserted below.
    const written = plans.map((plan, index) => beforeInsert(plan, items[index] as IntakeItem));

    const toInsert = plans.flatMap((plan, index) => (plan.kind === 'insert' ? [{ item: items[index] as IntakeItem, index, patientId: plan.patientId }] : []));
    if (toInsert.length === 0) return written;
    const numbers: { n: string }[] = await manager.query(REFERENCES_SQL, [toInsert.length]);
    const inserting: Inserting[] = toInsert.map((row, i) => ({ ...row, reference: `ND-${String(numbers[i]?.n).padStart(6, '0')}` }));
    const inserted = await this.insertTickets(manager, inserting);
    if (inserted.length === 0) return written;

    await this.insertTimelines(manager, inserted);
    await this.outbox.enqueueMany(manager, TICKETS, inserted.flatMap(jobsOf));
    await this.audit.recordMany(inserted.map(auditOf), manager);
    const drafted = inserted.filter((r) => r.item.dto.draftId);
    if (drafted.length) await manager.query(LINK_DRAFTS_SQL, [drafted.map((r) => r.item.reporter.userId), drafted.map((r) => r.item.dto.draftId), drafted.map((r) => r.id)]);

    const tickets = new Map((await manager.find(TicketEntity, { where: { id: In(inserted.map((r) => r.id)) } })).map((t) => [t.id, t]));
    for (const row of inserted) {
      const ticket = tickets.get(row.id);
      if (!ticket) throw new Error(`ticket ${row.reference} was inserted but not read back`);
      written[row.index] = { kind: 'created', ticket };
    }
    return written;
  }

  /**
   * Rows go in ordered by reporter and key: two batches racing over the same keys then wait on each
   * other in the same order, never in a cycle (a deadlock).
   */
  private async insertTickets(manager: EntityManager, rows: Inserting[]): Promise<Inserted[]> {
    const ordered = [...rows].sort((a, b) => compareKeys(a.item, b.item));
    const column = <T>(of: (r: Inserting) => T): T[] => ordered.map(of);
    const returned: { id: string; reference: string }[] = await manager.query(INSERT_TICKETS_SQL, [
      column((r) => r.reference),
      column((r) => r.item.dto.serviceId),
      column((r) => r.item.reporter.userId),
      column((r) => r.item.dto.kind),
      column((r) => r.item.text.title),
      column((r) => r.item.text.titleMasked),
      column((r) => r.item.text.description),
      column((r) => r.item.text.descriptionMasked),
      column((r) => r.patientId),
      column((r) => r.item.dto.severity ?? 'medium'),
      column((r) => r.item.dto.category ?? null),
      column((r) => r.item.risk.flag),
      column((r) => r.item.idempotencyKey),
    ]);
    const idOf = new Map(returned.map((r) => [r.reference, r.id]));
    return rows.flatMap((r) => {
      const id = idOf.get(r.reference);
      return id ? [{ ...r, id }] : [];
    });
  }

  /** 'created' for every ticket; 'risk_flagged' (internal, naming what matched) for the flagged ones. */
  private async insertTimelines(manager: EntityManager, rows: Inserted[]): Promise<void> {
    const lines = rows.flatMap((r) => {
      const created = { ticketId: r.id, type: 'created', actorId: r.item.reporter.userId as string | null, internal: false, body: null as string | null, bodyMasked: null as string | null };
      if (!r.item.risk.flag) return [created];
      return [created, { ticketId: r.id, type: 'risk_flagged', actorId: null, internal: true, ...eventBody(`Matched: ${r.item.risk.matched.join(', ')}`) }];
    });
    const column = <T>(of: (l: (typeof lines)[number]) => T): T[] => lines.map(of);
    await manager.query(INSERT_EVENTS_SQL, [column((l) => l.ticketId), column((l) => l.type), column((l) => l.actorId), column((l) => l.internal), column((l) => l.body), column((l) => l.bodyMasked)]);
  }
}

/**
 * A refused item fails with its own 400, unless it has a key: a retry of a ticket that exists is answered
 * with that ticket (see ItemPlan). Without a ticket under its key, a same-key item is a 409, as two racing
 * retries were before batching.
 */
function beforeInsert(plan: ItemPlan, item: IntakeItem): WrittenItem {
  if (plan.kind !== 'refused') return { kind: 'key-taken', otherwise: new ConflictException('A ticket with this Idempotency-Key is being created') };
  return item.idempotencyKey === null ? { kind: 'refused', error: plan.error } : { kind: 'key-taken', otherwise: plan.error };
}

function jobsOf(row: Inserted): OutboxJob<TicketJobs>[] {
  const triage: OutboxJob<TicketJobs> = { jobName: TICKET_JOBS.triage, payload: { ticketId: row.id } };
  return row.item.risk.flag ? [triage, { jobName: TICKET_JOBS.riskAlert, payload: { ticketId: row.id } }] : [triage];
}

function auditOf(row: Inserted): AuditEntryOfRequest {
  const { reporter, dto, risk, request } = row.item;
  return {
    entry: { actor: { type: 'user', id: reporter.userId, label: reporter.email }, action: 'ticket.create', outcome: 'success', entityType: 'ticket', entityId: row.id, serviceId: dto.serviceId, detail: { risk: risk.flag, patient: row.patientId !== null } },
    request,
  };
}

function compareKeys(a: IntakeItem, b: IntakeItem): number {
  const ka = `${a.reporter.userId}\u0000${a.idempotencyKey ?? ''}`;
  const kb = `${b.reporter.userId}\u0000${b.idempotencyKey ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
