import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { CATEGORY_LABELS, OPEN_TICKET_STATUSES } from '@navdesk/contracts';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { matchOrStartIncident } from '../incidents/incident-matcher';
import { classifyTicket, eventBody, priorityFor } from '../rules';
import { SlaPlanner } from '../sla/sla-planner';
import { CurrentTriageRules } from './current-triage-rules';

export type TriageOutcome = 'triaged' | 'already-triaged';

/**
 * Triage: category and theme by the rules in force (CurrentTriageRules), priority, SLA due, incident grouping and assignment to the
 * least-loaded navigator of the service, in one transaction. A ticket already triaged is left alone,
 * so running the job twice changes nothing the second time.
 */
@Injectable()
export class TriageService {
  private readonly logger = new Logger(TriageService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sla: SlaPlanner,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
    private readonly rules: CurrentTriageRules,
  ) {}

  async triage(ticketId: string, now = new Date()): Promise<TriageOutcome> {
    const result = await this.dataSource.transaction(async (manager) => {
      const t = await manager.findOne(TicketEntity, { where: { id: ticketId }, lock: { mode: 'pessimistic_write' } });
      if (!t) throw new UnrecoverableError(`ticket ${ticketId} does not exist`);
      if (t.triagedAt) return { outcome: 'already-triaged' as const, t, incidentId: null, assigned: null };
      return this.triageLocked(manager, t, now);
    });
    if (result.outcome === 'triaged') {
      const t = result.t;
      await this.live.publish('ticket.changed', t.id, { serviceId: t.serviceId, userIds: [t.reporterId] });
      if (result.incidentId) await this.live.publish('incident.changed', result.incidentId, { serviceId: t.serviceId, userIds: [] });
      if (result.assigned) await this.live.publish('notification.created', t.id, { serviceId: null, userIds: [result.assigned] });
    }
    return result.outcome;
  }

  /** The ticket is locked by the caller's transaction. */
  private async triageLocked(manager: EntityManager, t: TicketEntity, now: Date) {
    const { rules } = await this.rules.get(manager);
    const { category, theme, matchedRule } = classifyTicket({ kind: t.kind, title: t.title, description: t.description, category: t.category ?? undefined }, rules);
    t.category = category;
    t.theme = theme;
    const nextSession = await this.sla.nextFaceToFace(manager, t.patientId, now);
    t.priority = priorityFor({ severity: t.severity, category, riskFlag: t.riskFlag, nextSessionAt: nextSession, now });
    t.slaDueAt = await this.sla.dueAt(manager, t, now, { nextSession });
    const events: Partial<TicketEventEntity>[] = [
      {
        type: 'triaged',
        internal: false,
        body: `${CATEGORY_LABELS[category]} · ${t.priority.toUpperCase()}${matchedRule ? ` (rule: ${matchedRule})` : ''}`,
      },
    ];

    let incidentId: string | null = null;
    if (t.kind === 'usability_incident' && !t.incidentId) {
      const { incident, joined } = await matchOrStartIncident(manager, t, now);
      t.incidentId = incident.id;
      incidentId = incident.id;
      if (incident.fixability !== 'unknown') t.fixability = incident.fixability;
      events.push({ type: 'incident_linked', field: 'incidentId', toValue: incident.id, internal: false, body: joined ? `Joined incident “${incident.titleMasked}”` : 'Started a new incident' });
    }

    let assigned: string | null = null;
    if (!t.assigneeId) {
      assigned = await this.leastLoadedNavigator(manager, t.serviceId);
      if (assigned) {
        t.assigneeId = assigned;
        events.push({ type: 'assigned', field: 'assigneeId', toValue: assigned, internal: false });
      }
    }
    if (t.status === 'new') t.status = 'triaged';
    t.triagedAt = now;
    // One UPDATE of what triage decides (TypeORM adds the version and updated_at), not save()'s SELECT and diff.
    await manager.update(TicketEntity, { id: t.id }, {
      category: t.category,
      theme: t.theme,
      priority: t.priority,
      slaDueAt: t.slaDueAt,
      incidentId: t.incidentId,
      fixability: t.fixability,
      assigneeId: t.assigneeId,
      status: t.status,
      triagedAt: t.triagedAt,
    });
    await manager.insert(TicketEventEntity, events.map((e) => ({ ...e, ...eventBody(e.body ?? null, now), ticketId: t.id, actorId: null, at: now })));
    if (assigned) {
      await this.notifications.notify(manager, { userIds: [assigned], type: 'assigned', title: `${t.reference} assigned to you`, body: `Triage assigned ${t.reference} (${t.priority.toUpperCase()}) to you.`, ticketId: t.id });
    }
    this.logger.log(`ticket ${t.id} triaged: ${category}/${theme} ${t.priority}`);
    return { outcome: 'triaged' as const, t, incidentId, assigned };
  }

  /**
   * Fewest open tickets first (ties by id). Not serialised: two triages at the same instant may both
   * pick the same person, which evens out on the next ticket and keeps triage parallel.
   */
  private async leastLoadedNavigator(manager: EntityManager, serviceId: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id
         FROM users u JOIN user_services us ON us.user_id = u.id
        WHERE us.service_id = $1 AND u.role = 'navigator' AND u.active
        ORDER BY (SELECT count(*) FROM tickets t WHERE t.assignee_id = u.id AND t.status = ANY($2::ticket_status[])) ASC, u.id ASC
        LIMIT 1`,
      [serviceId, OPEN_TICKET_STATUSES],
    );
    return rows[0]?.id ?? null;
  }
}
