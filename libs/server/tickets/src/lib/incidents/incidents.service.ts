import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IncidentView, Page, TicketView } from '@navdesk/contracts';
import { scopeToServices, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor, InvalidInputException } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { IncidentEntity } from '../entities/incident.entity';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { forViewer, revealsIdentifier, TicketViews, toTicketView } from '../query/ticket-views';
import { eventBody, incidentTitle } from '../rules';
import type { ListIncidentsDto, MergeIncidentsDto, UpdateIncidentDto } from './incidents.dto';

type IncidentRow = IncidentEntity & { ticketCount: number };

/** Every reader gets the masked title: an incident is shared across a service's PWPs and goes into reports. */
export function toIncidentView(i: IncidentRow): IncidentView {
  return {
    id: i.id,
    title: i.titleMasked,
    serviceId: i.serviceId,
    category: i.category,
    theme: i.theme,
    status: i.status,
    fixability: i.fixability,
    ticketCount: i.ticketCount,
    firstSeenAt: i.firstSeenAt.toISOString(),
    lastSeenAt: i.lastSeenAt.toISOString(),
    version: i.version,
  };
}

const INCIDENTS_CURSOR = defineCursor(cursorPart.time, cursorPart.uuid);

const OPEN = `('new','triaged','in_progress','waiting_on_reporter')`;

/** Grouped usability problems: list, verdict (fixable or not), resolve (with their tickets), merge. */
@Injectable()
export class IncidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: TicketViews,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  private scoped(user: UserPrincipal) {
    const qb = this.dataSource.getRepository(IncidentEntity).createQueryBuilder('i');
    return scopeToServices(qb, 'i.service_id', user);
  }

  async list(user: UserPrincipal, q: ListIncidentsDto): Promise<Page<IncidentView>> {
    const after = INCIDENTS_CURSOR.decode(q.cursor);
    const qb = this.dataSource
      .getRepository(IncidentEntity)
      .createQueryBuilder('i')
      .addSelect((sub) => sub.select('count(*)', 'n').from(TicketEntity, 't').where('t.incident_id = i.id'), 'ticket_count')
      .where('i.merged_into_id IS NULL');
    scopeToServices(qb, 'i.service_id', user);
    if (q.status) qb.andWhere('i.status = :status', { status: q.status });
    if (after) qb.andWhere('(i.last_seen_at, i.id) < (CAST(:at AS timestamptz), :id)', { at: after[0], id: after[1] });
    qb.orderBy('i.last_seen_at', 'DESC').addOrderBy('i.id', 'DESC').limit(q.limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ ticket_count: string }>();
    const rows: IncidentRow[] = entities.map((e, i) => Object.assign(e, { ticketCount: Number(raw[i]?.ticket_count ?? 0) }));
    return INCIDENTS_CURSOR.page(rows, q.limit, toIncidentView, (i) => [i.lastSeenAt.toISOString(), i.id]);
  }

  async one(user: UserPrincipal, id: string): Promise<IncidentView & { tickets: TicketView[] }> {
    const incident = await this.find(user, id);
    const rows = (await this.views.many(this.views.base().where('t.incident_id = :id', { id }).orderBy('t.created_at', 'DESC'))).map((r) => forViewer(user, r));
    const tickets = rows.map(toTicketView);
    const refs = [...new Set(rows.map((r) => r.patientRef).filter((r): r is string => r !== null))];
    const unmasked = user.role === 'navigator' ? rows.filter(revealsIdentifier).map((r) => r.t.reference) : [];
    if (refs.length || unmasked.length) {
      await this.audit.record({
        actor: { type: 'user', id: user.userId, label: user.email },
        action: 'incident.tickets.read',
        outcome: 'success',
        entityType: 'incident',
        entityId: id,
        serviceId: incident.serviceId,
        detail: { refs: refs.join(','), ...(unmasked.length ? { unmaskedText: unmasked.join(',') } : {}) },
      });
    }
    return { ...toIncidentView({ ...incident, ticketCount: tickets.length }), tickets };
  }

  async update(user: UserPrincipal, id: string, dto: UpdateIncidentDto): Promise<IncidentView> {
    await this.find(user, id);
    const told: string[] = [];
    const serviceId = await this.dataSource.transaction(async (manager) => {
      const incident = await this.lockFresh(manager, id, dto.version);
      const now = new Date();
      if (dto.title !== undefined) Object.assign(incident, incidentTitle(dto.title.trim(), now));
      if (dto.fixability !== undefined && dto.fixability !== incident.fixability) {
        incident.fixability = dto.fixability;
        await manager.query(`UPDATE tickets SET fixability = $2, version = version + 1, updated_at = now() WHERE incident_id = $1 AND status IN ${OPEN}`, [id, dto.fixability]);
      }
      if (dto.status === 'resolved' && incident.status !== 'resolved') {
        incident.status = 'resolved';
        incident.resolvedAt = now;
        told.push(...(await this.resolveTickets(manager, incident, user, now)));
      } else if (dto.status === 'open' && incident.status === 'resolved') {
        incident.status = 'open';
        incident.resolvedAt = null;
      }
      await manager.save(incident);
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'incident.update', outcome: 'success', entityType: 'incident', entityId: id, serviceId: incident.serviceId }, manager);
      return incident.serviceId;
    });
    await this.announce(id, serviceId, told);
    return this.viewOf(user, id);
  }

  async merge(user: UserPrincipal, targetId: string, dto: MergeIncidentsDto): Promise<IncidentView> {
    if (dto.sourceIncidentId === targetId) throw new InvalidInputException([{ field: 'sourceIncidentId', message: 'an incident cannot be merged into itself' }]);
    const source = await this.find(user, dto.sourceIncidentId);
    const target = await this.find(user, targetId);
    if (source.serviceId !== target.serviceId) throw new InvalidInputException([{ field: 'sourceIncidentId', message: 'incidents of different services cannot be merged' }]);
    await this.dataSource.transaction(async (manager) => {
      const t = await this.lockFresh(manager, targetId, dto.version);
      const s = await manager.findOneOrFail(IncidentEntity, { where: { id: dto.sourceIncidentId }, lock: { mode: 'pessimistic_write' } });
      const moved: { id: string }[] = (await manager.query(`UPDATE tickets SET incident_id = $1, version = version + 1, updated_at = now() WHERE incident_id = $2 RETURNING id`, [t.id, s.id]))[0];
      for (const m of moved) {
        await manager.insert(TicketEventEntity, { ticketId: m.id, type: 'incident_linked', field: 'incidentId', fromValue: s.id, toValue: t.id, actorId: user.userId, internal: false, ...eventBody(`Merged into incident “${t.titleMasked}”`) });
      }
      t.firstSeenAt = s.firstSeenAt < t.firstSeenAt ? s.firstSeenAt : t.firstSeenAt;
      t.lastSeenAt = s.lastSeenAt > t.lastSeenAt ? s.lastSeenAt : t.lastSeenAt;
      t.matchText = `${t.matchText} ${s.matchText}`.slice(0, 4000);
      s.status = 'resolved';
      s.resolvedAt = new Date();
      s.mergedIntoId = t.id;
      await manager.save([t, s]);
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'incident.merge', outcome: 'success', entityType: 'incident', entityId: t.id, serviceId: t.serviceId, detail: { source: s.id, tickets: moved.length } }, manager);
    });
    await this.announce(targetId, target.serviceId, []);
    await this.live.publish('incident.changed', dto.sourceIncidentId, { serviceId: target.serviceId, userIds: [] });
    return this.viewOf(user, targetId);
  }

  private async resolveTickets(manager: EntityManager, incident: IncidentEntity, user: UserPrincipal, now: Date): Promise<string[]> {
    const open = await manager.query(`SELECT id, reference, reporter_id, status FROM tickets WHERE incident_id = $1 AND status IN ${OPEN} FOR UPDATE`, [incident.id]);
    const tickets = open as { id: string; reference: string; reporter_id: string; status: string }[];
    const told: string[] = [];
    for (const t of tickets) {
      await manager.update(TicketEntity, t.id, { status: 'resolved', resolvedAt: now, pausedAt: null, fixability: incident.fixability });
      await manager.query('UPDATE tickets SET version = version + 1 WHERE id = $1', [t.id]);
      await manager.insert(TicketEventEntity, { ticketId: t.id, type: 'status_changed', field: 'status', fromValue: t.status, toValue: 'resolved', actorId: user.userId, internal: false, ...eventBody(`Resolved with incident “${incident.titleMasked}”`, now) });
      const verdict = incident.fixability === 'not_fixable' ? ' It is a limitation of the programme that has been passed to its vendor.' : '';
      await this.notifications.notify(manager, { userIds: [t.reporter_id], type: 'resolved', title: `${t.reference} is resolved`, body: `The problem behind ${t.reference} was resolved.${verdict}`, ticketId: t.id });
      told.push(t.reporter_id);
    }
    return told;
  }

  private async lockFresh(manager: EntityManager, id: string, version: number): Promise<IncidentEntity> {
    const incident = await manager.findOne(IncidentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!incident) throw new NotFoundException('Incident not found');
    if (incident.version !== version) throw new ConflictException(`Someone else changed this incident after you opened it (you had version ${version}, it is now ${incident.version}). Reload; nothing of yours was saved.`);
    return incident;
  }

  private async find(user: UserPrincipal, id: string): Promise<IncidentEntity> {
    const incident = await this.scoped(user).andWhere('i.id = :id', { id }).getOne();
    if (!incident) throw new NotFoundException('Incident not found');
    return incident;
  }

  /** The incident after a change: no tickets, so no read of their text to audit. */
  private async viewOf(user: UserPrincipal, id: string): Promise<IncidentView> {
    const incident = await this.find(user, id);
    const [{ n }]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM tickets WHERE incident_id = $1`, [id]);
    return toIncidentView({ ...incident, ticketCount: n });
  }

  private async announce(id: string, serviceId: string, told: string[]): Promise<void> {
    await this.live.publish('incident.changed', id, { serviceId, userIds: [] });
    for (const userId of told) await this.live.publish('notification.created', id, { serviceId: null, userIds: [userId] });
  }
}
