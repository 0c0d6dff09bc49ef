import { Injectable, Logger } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CATEGORY_LABELS } from '@navdesk/contracts';
import { NotificationsService } from '@navdesk/server/notifications';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { matchOrStartIncident } from '../incidents/incident-matcher';
import { classifyTicket, eventBody, priorityFor } from '../rules';
import { SlaPlanner } from '../sla/sla-planner';
import { CurrentTriageRules } from './current-triage-rules';
import { NavigatorLoads } from './navigator-loads';

/** What triage did with one ticket of a batch. */
export type TriageWritten =
  | { outcome: 'triaged'; ticket: TicketEntity; incidentId: string | null; assigned: string | null }
  | { outcome: 'already-triaged'; ticket: TicketEntity }
  | { outcome: 'missing' };

const NEXT_SESSIONS_SQL = `
SELECT DISTINCT ON (patient_id) patient_id AS "patientId", starts_at AS "startsAt"
  FROM patient_sessions
 WHERE patient_id = ANY($1::uuid[]) AND mode = 'face_to_face' AND starts_at > $2
 ORDER BY patient_id, starts_at`;

/**
 * What triage decides, for every ticket of the batch, and the timeline lines it adds, in one statement
 * (the version and updated_at as TypeORM would set them). The lines keep the order they were decided in.
 */
const WRITE_TRIAGE_SQL = `
WITH updated AS (
  UPDATE tickets t
     SET category = d.category, theme = d.theme, priority = d.priority, sla_due_at = d.sla_due_at, incident_id = d.incident_id,
         fixability = d.fixability, assignee_id = d.assignee_id, status = d.status, triaged_at = d.triaged_at,
         version = t.version + 1, updated_at = CURRENT_TIMESTAMP
    FROM unnest($1::uuid[], $2::ticket_category[], $3::study_theme[], $4::ticket_priority[], $5::timestamptz[], $6::uuid[], $7::fixability[], $8::uuid[], $9::ticket_status[], $10::timestamptz[])
         AS d(id, category, theme, priority, sla_due_at, incident_id, fixability, assignee_id, status, triaged_at)
   WHERE t.id = d.id
  RETURNING t.id
), timeline AS (
  INSERT INTO ticket_events (ticket_id, type, field, to_value, internal, body, body_masked, actor_id, at)
  SELECT e.ticket_id, e.type, e.field, e.to_value, e.internal, e.body, e.body_masked, NULL, $11
    FROM unnest($12::uuid[], $13::timeline_type[], $14::text[], $15::text[], $16::boolean[], $17::text[], $18::text[]) WITH ORDINALITY
         AS e(ticket_id, type, field, to_value, internal, body, body_masked, ord)
   ORDER BY e.ord
)
SELECT count(*)::int AS updated FROM updated`;

/**
 * Triages a batch of tickets inside the caller's transaction: category and theme by the rules in force,
 * priority, SLA due, incident grouping and assignment to the least-loaded navigator of the service.
 * The tickets are locked first (in id order, so two batches cannot deadlock on them), and one statement
 * per table writes the whole batch. A ticket already triaged is left alone, so a job run twice changes
 * nothing the second time.
 */
@Injectable()
export class TriageBatchWriter {
  private readonly logger = new Logger(TriageBatchWriter.name);

  constructor(
    private readonly sla: SlaPlanner,
    private readonly notifications: NotificationsService,
    private readonly rules: CurrentTriageRules,
  ) {}

  /** One result per id, in the order given. */
  async write(manager: EntityManager, ticketIds: readonly string[], now: Date): Promise<TriageWritten[]> {
    const locked = await manager.find(TicketEntity, { where: { id: In([...new Set(ticketIds)]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const byId = new Map(locked.map((t) => [t.id, t]));
    const toTriage = locked.filter((t) => !t.triagedAt);
    const decided = new Map<string, { incidentId: string | null; assigned: string | null }>();
    if (toTriage.length) await this.triageLocked(manager, toTriage, now, decided);
    return ticketIds.map((id): TriageWritten => {
      const ticket = byId.get(id);
      if (!ticket) return { outcome: 'missing' };
      const done = decided.get(id);
      // The same id twice in a batch: triaged once, the second is already triaged.
      if (done) {
        decided.delete(id);
        return { outcome: 'triaged', ticket, ...done };
      }
      return { outcome: 'already-triaged', ticket };
    });
  }

  private async triageLocked(manager: EntityManager, tickets: TicketEntity[], now: Date, decided: Map<string, { incidentId: string | null; assigned: string | null }>): Promise<void> {
    const { rules } = await this.rules.get(manager);
    const nextSessions = await this.nextSessions(manager, tickets, now);
    const loads = await NavigatorLoads.read(
      manager,
      tickets.filter((t) => !t.assigneeId).map((t) => t.serviceId),
    );
    const events: Partial<TicketEventEntity>[] = [];
    const incidents: TicketEntity[] = [];

    for (const t of tickets) {
      const { category, theme, matchedRule } = classifyTicket({ kind: t.kind, title: t.title, description: t.description, category: t.category ?? undefined }, rules);
      t.category = category;
      t.theme = theme;
      const nextSession = (t.patientId && nextSessions.get(t.patientId)) || null;
      t.priority = priorityFor({ severity: t.severity, category, riskFlag: t.riskFlag, nextSessionAt: nextSession, now });
      t.slaDueAt = await this.sla.dueAt(manager, t, now, { nextSession });
      events.push({ ticketId: t.id, type: 'triaged', internal: false, ...eventBody(`${CATEGORY_LABELS[category]} · ${t.priority.toUpperCase()}${matchedRule ? ` (rule: ${matchedRule})` : ''}`, now) });
      if (t.kind === 'usability_incident' && !t.incidentId) incidents.push(t);
    }

    // Incident matching takes an advisory lock per service and category: in one global order, so two batches cannot deadlock.
    const lockOrder = (t: TicketEntity) => `${t.serviceId}:${t.category ?? 'other'}:${t.id}`;
    const incidentOf = new Map<string, string>();
    for (const t of [...incidents].sort((a, b) => lockOrder(a).localeCompare(lockOrder(b)))) {
      const { incident, joined } = await matchOrStartIncident(manager, t, now);
      t.incidentId = incident.id;
      incidentOf.set(t.id, incident.id);
      if (incident.fixability !== 'unknown') t.fixability = incident.fixability;
      events.push({ ticketId: t.id, type: 'incident_linked', field: 'incidentId', toValue: incident.id, internal: false, ...eventBody(joined ? `Joined incident “${incident.titleMasked}”` : 'Started a new incident', now) });
    }

    const assignments: { userIds: string[]; type: 'assigned'; title: string; body: string; ticketId: string }[] = [];
    for (const t of tickets) {
      let assigned: string | null = null;
      if (!t.assigneeId) {
        assigned = loads.pick(t.serviceId);
        if (assigned) {
          t.assigneeId = assigned;
          events.push({ ticketId: t.id, type: 'assigned', field: 'assigneeId', toValue: assigned, internal: false, ...eventBody(null, now) });
          assignments.push({ userIds: [assigned], type: 'assigned', title: `${t.reference} assigned to you`, body: `Triage assigned ${t.reference} (${(t.priority ?? '').toUpperCase()}) to you.`, ticketId: t.id });
        }
      }
      if (t.status === 'new') t.status = 'triaged';
      t.triagedAt = now;
      decided.set(t.id, { incidentId: incidentOf.get(t.id) ?? null, assigned });
    }

    // Timeline lines in the order they were decided: each ticket's `triaged` before its incident and assignment.
    await manager.query(WRITE_TRIAGE_SQL, [
      tickets.map((t) => t.id),
      tickets.map((t) => t.category),
      tickets.map((t) => t.theme),
      tickets.map((t) => t.priority),
      tickets.map((t) => t.slaDueAt),
      tickets.map((t) => t.incidentId),
      tickets.map((t) => t.fixability),
      tickets.map((t) => t.assigneeId),
      tickets.map((t) => t.status),
      tickets.map((t) => t.triagedAt),
      now,
      events.map((e) => e.ticketId),
      events.map((e) => e.type),
      events.map((e) => e.field ?? null),
      events.map((e) => e.toValue ?? null),
      events.map((e) => e.internal ?? false),
      events.map((e) => e.body ?? null),
      events.map((e) => e.bodyMasked ?? null),
    ]);
    await this.notifications.notifyMany(manager, assignments);
    this.logger.log(`${tickets.length} tickets triaged`);
  }

  private async nextSessions(manager: EntityManager, tickets: readonly TicketEntity[], now: Date): Promise<Map<string, Date>> {
    const patientIds = [...new Set(tickets.map((t) => t.patientId).filter((id): id is string => !!id))];
    if (!patientIds.length) return new Map();
    const rows: { patientId: string; startsAt: Date }[] = await manager.query(NEXT_SESSIONS_SQL, [patientIds, now]);
    return new Map(rows.map((r) => [r.patientId, r.startsAt]));
  }
}
