import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { TicketView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { IncidentEntity } from '../entities/incident.entity';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { TicketViews } from '../query/ticket-views';
import { TicketsQueryService } from '../query/tickets-query.service';
import { SlaPlanner } from '../sla/sla-planner';
import { isNavigatorOf } from '../support/navigators';
import { canMove } from './status-flow';
import type { BulkAssignDto, UpdateTicketDto } from './update-ticket.dto';

type Change = Pick<TicketEventEntity, 'type' | 'field' | 'fromValue' | 'toValue'>;

/** Navigators' edits, with optimistic concurrency: a stale `version` changes nothing and is a 409. */
@Injectable()
export class TicketUpdateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: TicketsQueryService,
    private readonly views: TicketViews,
    private readonly sla: SlaPlanner,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async update(user: UserPrincipal, id: string, dto: UpdateTicketDto): Promise<TicketView> {
    await this.query.row(user, id); // 404 outside the caller's services
    const notified: string[] = [];
    const ticket = await this.dataSource.transaction(async (manager) => {
      const t = await manager.findOne(TicketEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!t) throw new NotFoundException('Ticket not found');
      if (t.version !== dto.version) {
        throw new ConflictException(`Someone else changed this ticket after you opened it (you had version ${dto.version}, it is now ${t.version}). Reload to see their change; nothing of yours was saved.`);
      }
      const changes = await this.apply(manager, t, dto, user, notified);
      if (!changes.length) return t;
      const saved = await manager.save(t);
      await manager.insert(TicketEventEntity, changes.map((c) => ({ ...c, ticketId: t.id, actorId: user.userId, internal: false })));
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'ticket.update', outcome: 'success', entityType: 'ticket', entityId: t.id, serviceId: t.serviceId, detail: { fields: changes.map((c) => c.field ?? c.type).join(',') } }, manager);
      return saved;
    });
    await this.live.publish('ticket.changed', ticket.id, { serviceId: ticket.serviceId, userIds: [ticket.reporterId, ...notified] });
    for (const userId of notified) await this.live.publish('notification.created', ticket.id, { serviceId: null, userIds: [userId] });
    const view = await this.views.one(ticket.id, user);
    if (!view) throw new NotFoundException('Ticket not found');
    return view;
  }

  async bulkAssign(user: UserPrincipal, dto: BulkAssignDto): Promise<{ updated: number }> {
    let updated = 0;
    for (const id of [...new Set(dto.ticketIds)]) {
      const row = await this.query.row(user, id);
      if (row.t.assigneeId === dto.assigneeId) continue;
      await this.update(user, id, { version: row.t.version, assigneeId: dto.assigneeId });
      updated++;
    }
    return { updated };
  }

  private async apply(manager: EntityManager, t: TicketEntity, dto: UpdateTicketDto, user: UserPrincipal, notified: string[]): Promise<Change[]> {
    const now = new Date();
    const changes: Change[] = [];
    const field = (name: string, from: string | null, to: string | null): Change => ({ type: 'field_changed', field: name, fromValue: from, toValue: to });

    if (dto.status !== undefined && dto.status !== t.status) {
      if (!canMove(t.status, dto.status)) throw new InvalidInputException([{ field: 'status', message: `status cannot go from ${t.status} to ${dto.status}` }]);
      if (t.status === 'waiting_on_reporter') await this.unpause(manager, t, now);
      if (dto.status === 'waiting_on_reporter') {
        t.pausedAt = now;
        await this.notifications.notify(manager, { userIds: [t.reporterId], type: 'waiting_on_you', title: `${t.reference} is waiting on you`, body: `A navigator needs your answer on ${t.reference}.`, ticketId: t.id });
        notified.push(t.reporterId);
      }
      if (dto.status === 'resolved') {
        t.resolvedAt = now;
        if (t.reporterId !== user.userId) {
          await this.notifications.notify(manager, { userIds: [t.reporterId], type: 'resolved', title: `${t.reference} is resolved`, body: `Your ticket ${t.reference} was resolved. Two quick questions are waiting for you on it.`, ticketId: t.id });
          notified.push(t.reporterId);
        }
      }
      if (t.status === 'resolved' && dto.status === 'in_progress') t.resolvedAt = null;
      changes.push({ type: 'status_changed', field: 'status', fromValue: t.status, toValue: dto.status });
      t.status = dto.status;
    }
    if (dto.assigneeId !== undefined && dto.assigneeId !== t.assigneeId) {
      if (dto.assigneeId !== null && !(await isNavigatorOf(manager, dto.assigneeId, t.serviceId))) {
        throw new InvalidInputException([{ field: 'assigneeId', message: 'assigneeId must be a navigator of the ticket’s service' }]);
      }
      changes.push({ type: 'assigned', field: 'assigneeId', fromValue: t.assigneeId, toValue: dto.assigneeId });
      t.assigneeId = dto.assigneeId;
      if (dto.assigneeId && dto.assigneeId !== user.userId) {
        await this.notifications.notify(manager, { userIds: [dto.assigneeId], type: 'assigned', title: `${t.reference} assigned to you`, body: `${user.name} assigned ${t.reference} to you.`, ticketId: t.id });
        notified.push(dto.assigneeId);
      }
    }
    if (dto.priority !== undefined && dto.priority !== t.priority) {
      changes.push(field('priority', t.priority, dto.priority));
      t.priority = dto.priority;
      t.slaDueAt = await this.sla.dueAt(manager, t, now);
      if (t.slaDueAt && t.slaDueAt > now) t.breachedAt = null;
    }
    if (dto.category !== undefined && dto.category !== t.category) {
      changes.push(field('category', t.category, dto.category));
      t.category = dto.category;
    }
    if (dto.theme !== undefined && dto.theme !== t.theme) {
      changes.push(field('theme', t.theme, dto.theme));
      t.theme = dto.theme;
    }
    if (dto.fixability !== undefined && dto.fixability !== t.fixability) {
      changes.push(field('fixability', t.fixability, dto.fixability));
      t.fixability = dto.fixability;
    }
    if (dto.incidentId !== undefined && dto.incidentId !== t.incidentId) {
      if (dto.incidentId !== null) {
        const incident = await manager.findOne(IncidentEntity, { where: { id: dto.incidentId, serviceId: t.serviceId } });
        if (!incident) throw new InvalidInputException([{ field: 'incidentId', message: 'incidentId names no incident of this ticket’s service' }]);
        await manager.update(IncidentEntity, incident.id, { lastSeenAt: now });
      }
      changes.push({ type: 'incident_linked', field: 'incidentId', fromValue: t.incidentId, toValue: dto.incidentId });
      t.incidentId = dto.incidentId;
    }
    return changes;
  }

  /** Leaving waiting_on_reporter: the paused business minutes extend the SLA. */
  async unpause(manager: EntityManager, t: TicketEntity, now: Date): Promise<void> {
    if (!t.pausedAt) return;
    const calendar = await this.sla.calendarFor(manager, t.serviceId);
    t.pausedMinutes += Math.max(0, Math.round(calendar.businessMinutesBetween(t.pausedAt, now)));
    t.pausedAt = null;
    t.slaDueAt = await this.sla.dueAt(manager, t, now);
    if (t.slaDueAt && t.slaDueAt > now) t.breachedAt = null;
  }
}
