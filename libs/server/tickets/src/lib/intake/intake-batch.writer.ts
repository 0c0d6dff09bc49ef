import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditEntryOfRequest } from '@navdesk/server/audit';
import { type OutboxJob, OutboxWriter, preparedQuery } from '@navdesk/server/core';
import { ticketsOfRows } from '../entities/ticket-of-row';
import type { TicketEntity } from '../entities/ticket.entity';
import { eventBody } from '../rules';
import { TICKET_JOBS, TICKETS, type TicketJobs } from '../tickets.constants';
import type { IntakeItem } from './intake-item';
import { patientRefsOf, planBatch, type ItemPlan, type NamedPatient } from './intake-plan';

/** What the transaction made of an item; items whose key is taken are looked up once it has committed. */
export type WrittenItem = { kind: 'created'; ticket: TicketEntity } | { kind: 'key-taken'; otherwise: Error } | { kind: 'refused'; error: Error };

const PATIENTS_SQL = `SELECT id, ref, service_id AS "serviceId", pwp_id AS "pwpId" FROM patients WHERE ref = ANY($1::text[])`;

/**
 * The batch's tickets and their timeline lines in one statement. Each row takes the next reference
 * (ND-000001…; numbers past six digits are kept whole) in the order given, and rows go in ordered by
 * reporter and key: two batches racing over the same keys then wait on each other in the same order, never
 * in a cycle (a deadlock). Rows whose reporter already has a ticket under their Idempotency-Key are
 * skipped, not an error: they become replays. A 'created' line goes with every ticket, and a
 * 'risk_flagged' one (internal) with each that carries its body.
 * Answers the inserted rows whole, with the position (`ord`, from 1) of the row they came from.
 */
const INSERT_TICKETS_SQL = `
WITH numbered AS (
  SELECT i.*, 'ND-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END AS reference
    FROM (SELECT i.*, nextval('ticket_reference_seq') AS n
            FROM unnest($1::uuid[], $2::uuid[], $3::ticket_kind[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::ticket_severity[], $10::ticket_category[], $11::boolean[], $12::text[], $13::text[], $14::text[])
              WITH ORDINALITY AS i(service_id, reporter_id, kind, title, title_masked, description, description_masked, patient_id, severity, category, risk_flag, idempotency_key, risk_body, risk_body_masked, ord)
           ORDER BY i.ord) i
), inserted AS (
  INSERT INTO tickets (reference, service_id, reporter_id, kind, title, title_masked, description, description_masked, patient_id, severity, category, risk_flag, idempotency_key)
  SELECT reference, service_id, reporter_id, kind, title, title_masked, description, description_masked, patient_id, severity, category, risk_flag, idempotency_key
    FROM numbered ORDER BY reporter_id, idempotency_key
  ON CONFLICT (reporter_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING *
), timeline AS (
  INSERT INTO ticket_events (ticket_id, type, actor_id, internal, body, body_masked)
  SELECT t.id, 'created'::timeline_type, t.reporter_id, false, NULL::text, NULL::text FROM inserted t
  UNION ALL
  SELECT t.id, 'risk_flagged'::timeline_type, NULL::uuid, true, n.risk_body, n.risk_body_masked
    FROM inserted t JOIN numbered n ON n.reference = t.reference WHERE n.risk_body IS NOT NULL
)
SELECT n.ord, t.* FROM inserted t JOIN numbered n ON n.reference = t.reference`;

const LINK_DRAFTS_SQL = `
UPDATE kb_article_views v SET ticket_id = d.ticket_id
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS d(user_id, draft_id, ticket_id)
 WHERE v.user_id = d.user_id AND v.draft_id = d.draft_id`;

interface Inserting {
  item: IntakeItem;
  index: number;
  patientId: string | null;
}

interface Inserted extends Inserting {
  ticket: TicketEntity;
}

/**
 * Writes a batch of tickets inside the caller's transaction in few round trips: the tickets with their
 * references and timeline lines in one statement (ON CONFLICT for the Idempotency-Key), then their triage
 * and risk-alert jobs with one NOTIFY and their audit rows in another, and the knowledge-base drafts they came from. Items that fail
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
    const inserted = await this.insertTickets(manager, toInsert);
    if (inserted.length === 0) return written;

    // The triage and risk-alert jobs, one NOTIFY and the audit rows: one statement.
    await this.outbox.enqueueManyWith(manager, [this.audit.recordManyWrite(inserted.map(auditOf))], TICKETS, inserted.flatMap(jobsOf));
    const drafted = inserted.filter((r) => r.item.dto.draftId);
    if (drafted.length) await manager.query(LINK_DRAFTS_SQL, [drafted.map((r) => r.item.reporter.userId), drafted.map((r) => r.item.dto.draftId), drafted.map((r) => r.ticket.id)]);

    for (const row of inserted) written[row.index] = { kind: 'created', ticket: row.ticket };
    return written;
  }

  private async insertTickets(manager: EntityManager, rows: Inserting[]): Promise<Inserted[]> {
    const column = <T>(of: (r: Inserting) => T): T[] => rows.map(of);
    const riskBodies = rows.map((r) => (r.item.risk.flag ? eventBody(`Matched: ${r.item.risk.matched.join(', ')}`) : { body: null, bodyMasked: null }));
    const returned = await preparedQuery<{ ord: string } & Record<string, unknown>>(manager, INSERT_TICKETS_SQL, [
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
      riskBodies.map((b) => b.body),
      riskBodies.map((b) => b.bodyMasked),
    ]);
    const tickets = ticketsOfRows(manager, returned);
    return returned.map(({ ord }, i) => {
      const row = rows[Number(ord) - 1];
      if (!row) throw new Error(`the tickets statement answered a row (${ord}) it was not given`);
      return { ...row, ticket: tickets[i] as TicketEntity };
    });
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
  const triage: OutboxJob<TicketJobs> = { jobName: TICKET_JOBS.triage, payload: { ticketId: row.ticket.id } };
  return row.item.risk.flag ? [triage, { jobName: TICKET_JOBS.riskAlert, payload: { ticketId: row.ticket.id } }] : [triage];
}

function auditOf(row: Inserted): AuditEntryOfRequest {
  const { reporter, dto, risk, request } = row.item;
  return {
    entry: { actor: { type: 'user', id: reporter.userId, label: reporter.email }, action: 'ticket.create', outcome: 'success', entityType: 'ticket', entityId: row.ticket.id, serviceId: dto.serviceId, detail: { risk: risk.flag, patient: row.patientId !== null } },
    request,
  };
}
