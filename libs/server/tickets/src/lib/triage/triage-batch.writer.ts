import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CATEGORY_LABELS, OPEN_TICKET_STATUSES } from '@navdesk/contracts';
import type { WriteBeside } from '@navdesk/server/core';
import { preparedQuery } from '@navdesk/server/core';
import { NotificationsService } from '@navdesk/server/notifications';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { ticketsOfRows } from '../entities/ticket-of-row';
import type { TicketEntity } from '../entities/ticket.entity';
import { matchOrStartIncident } from '../incidents/incident-matcher';
import { classifyTicket, eventBody, priorityFor } from '../rules';
import { SlaPlanner } from '../sla/sla-planner';
import { CurrentTriageRules, LATEST_VERSION_SQL } from './current-triage-rules';
import { NAVIGATOR_LOAD_CAP, loadsSql, NavigatorLoads, type NavigatorLoad } from './navigator-loads';

/** What triage did with one ticket of a batch. */
export type TriageWritten =
  | { outcome: 'triaged'; ticket: TicketEntity; incidentId: string | null; assigned: string | null }
  | { outcome: 'already-triaged'; ticket: TicketEntity }
  | { outcome: 'missing' };

/**
 * The batch's tickets, locked in id order (so two batches cannot deadlock on them), and in the same round
 * trip what triaging them needs: the rules version in force, the loads of the navigators of the services
 * of the untriaged, unassigned tickets, and the next face-to-face session of their patients.
 */
const LOCK_AND_READ_SQL = `
WITH locked AS MATERIALIZED (
  SELECT t.* FROM tickets t WHERE t.id = ANY($1::uuid[]) ORDER BY t.id FOR UPDATE
), todo AS (
  SELECT service_id, assignee_id, patient_id FROM locked WHERE triaged_at IS NULL
)
SELECT l.*,
       (${LATEST_VERSION_SQL}) AS "__rulesVersion",
       (SELECT coalesce(json_agg(n), '[]') FROM (${loadsSql('ARRAY(SELECT DISTINCT service_id FROM todo WHERE assignee_id IS NULL)', '$2', '$3')}) n) AS "__loads",
       (SELECT coalesce(json_agg(s), '[]') FROM (
          SELECT DISTINCT ON (patient_id) patient_id AS "patientId", starts_at AS "startsAt"
            FROM patient_sessions
           WHERE patient_id IN (SELECT patient_id FROM todo) AND mode = 'face_to_face' AND starts_at > $4
           ORDER BY patient_id, starts_at) s) AS "__sessions"
  FROM locked l ORDER BY l.id`;

/** What LOCK_AND_READ_SQL answers beside each ticket's columns (the same on every row). */
interface BatchContext {
  __rulesVersion: number | null;
  __loads: NavigatorLoad[];
  __sessions: { patientId: string; startsAt: string }[];
}

/** What triage decides, for every ticket of the batch (the version and updated_at as TypeORM would set them). */
const UPDATE_TICKETS_SQL = `
UPDATE tickets t
   SET category = d.category, theme = d.theme, priority = d.priority, sla_due_at = d.sla_due_at, incident_id = d.incident_id,
       fixability = d.fixability, assignee_id = d.assignee_id, status = d.status, triaged_at = d.triaged_at,
       version = t.version + 1, updated_at = CURRENT_TIMESTAMP
  FROM unnest($1::uuid[], $2::ticket_category[], $3::study_theme[], $4::ticket_priority[], $5::timestamptz[], $6::uuid[], $7::fixability[], $8::uuid[], $9::ticket_status[], $10::timestamptz[])
       AS d(id, category, theme, priority, sla_due_at, incident_id, fixability, assignee_id, status, triaged_at)
 WHERE t.id = d.id`;

/** The timeline lines triage adds, in the order they were decided. */
const INSERT_TIMELINE_SQL = `
INSERT INTO ticket_events (ticket_id, type, field, to_value, internal, body, body_masked, actor_id, at)
SELECT e.ticket_id, e.type, e.field, e.to_value, e.internal, e.body, e.body_masked, NULL, $1
  FROM unnest($2::uuid[], $3::timeline_type[], $4::text[], $5::text[], $6::boolean[], $7::text[], $8::text[]) WITH ORDINALITY
       AS e(ticket_id, type, field, to_value, internal, body, body_masked, ord)
 ORDER BY e.ord`;

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
    const rows = await preparedQuery<BatchContext & Record<string, unknown>>(manager, LOCK_AND_READ_SQL, [[...new Set(ticketIds)], OPEN_TICKET_STATUSES, NAVIGATOR_LOAD_CAP, now]);
    const locked = ticketsOfRows(manager, rows);
    const byId = new Map(locked.map((t) => [t.id, t]));
    const toTriage = locked.filter((t) => !t.triagedAt);
    const decided = new Map<string, { incidentId: string | null; assigned: string | null }>();
    if (toTriage.length && rows[0]) await this.triageLocked(manager, toTriage, now, decided, rows[0]);
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

  private async triageLocked(manager: EntityManager, tickets: TicketEntity[], now: Date, decided: Map<string, { incidentId: string | null; assigned: string | null }>, context: BatchContext): Promise<void> {
    const { rules } = await this.rules.at(manager, context.__rulesVersion);
    const nextSessions = new Map(context.__sessions.map((s) => [s.patientId, new Date(s.startsAt)]));
    const loads = NavigatorLoads.of(context.__loads);
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

    // Incident matching takes an advisory lock per service and category: in one global order, so two batches
    // cannot deadlock. Within a lock, tickets go in the order they were reported, so the first reported starts
    // the incident and names it, as when each had its own batch (by id, a later report could name it).
    const lockKey = (t: TicketEntity) => `${t.serviceId}:${t.category ?? 'other'}`;
    const reported = (a: TicketEntity, b: TicketEntity) => lockKey(a).localeCompare(lockKey(b)) || a.createdAt.getTime() - b.createdAt.getTime() || a.reference.localeCompare(b.reference);
    const incidentOf = new Map<string, string>();
    for (const t of [...incidents].sort(reported)) {
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

    // The tickets, their timeline (each ticket's `triaged` before its incident and assignment), the
    // assignment notifications and their e-mail jobs: one statement.
    const updateTickets: WriteBeside = {
      sql: UPDATE_TICKETS_SQL,
      params: [
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
      ],
    };
    const insertTimeline: WriteBeside = {
      sql: INSERT_TIMELINE_SQL,
      params: [
        now,
        events.map((e) => e.ticketId),
        events.map((e) => e.type),
        events.map((e) => e.field ?? null),
        events.map((e) => e.toValue ?? null),
        events.map((e) => e.internal ?? false),
        events.map((e) => e.body ?? null),
        events.map((e) => e.bodyMasked ?? null),
      ],
    };
    await this.notifications.notifyManyWith(manager, assignments, [updateTickets, insertTimeline]);
    this.logger.log(`${tickets.length} tickets triaged`);
  }

}
