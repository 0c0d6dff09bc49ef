import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TicketView, TimelineEntry } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { InvalidInputException } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { TicketViews, toTimelineEntry } from '../query/ticket-views';
import { TicketsQueryService } from '../query/tickets-query.service';
import { eventBody } from '../rules';
import { TicketUpdateService } from './ticket-update.service';
import type { CreateCommentDto, TicketFeedbackDto } from './update-ticket.dto';

/** Replies, internal notes and the reporter's feedback after resolution. */
@Injectable()
export class TicketCommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: TicketsQueryService,
    private readonly views: TicketViews,
    private readonly updates: TicketUpdateService,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async comment(user: UserPrincipal, id: string, dto: CreateCommentDto): Promise<TimelineEntry> {
    const row = await this.query.row(user, id);
    const isReporter = row.t.reporterId === user.userId;
    const isNavigator = user.role === 'navigator';
    if (!isReporter && !isNavigator) throw new ForbiddenException('Only the reporter and navigators reply to a ticket');
    if (dto.internal && !isNavigator) throw new InvalidInputException([{ field: 'internal', message: 'internal notes are for navigators' }]);
    const internal = dto.internal === true;
    const notified: string[] = [];
    const event = await this.dataSource.transaction(async (manager) => {
      const t = await manager.findOne(TicketEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!t) throw new NotFoundException('Ticket not found');
      const now = new Date();
      let changed = false;
      if (isReporter && !internal && t.status === 'waiting_on_reporter') {
        await this.updates.unpause(manager, t, now);
        await manager.insert(TicketEventEntity, { ticketId: t.id, type: 'status_changed', field: 'status', fromValue: t.status, toValue: 'in_progress', actorId: user.userId, internal: false });
        t.status = 'in_progress';
        changed = true;
      }
      if (isNavigator && !isReporter && !internal && !t.firstResponseAt) {
        t.firstResponseAt = now;
        changed = true;
      }
      if (changed) await manager.save(t);
      else await manager.update(TicketEntity, t.id, { updatedAt: now });
      const saved = await manager.save(manager.create(TicketEventEntity, { ticketId: t.id, type: internal ? 'internal_note' : 'reply', actorId: user.userId, ...eventBody(dto.body.trim(), now), internal }));
      if (!internal) {
        const to = isReporter ? (t.assigneeId ? [t.assigneeId] : []) : [t.reporterId];
        const recipients = to.filter((u) => u !== user.userId);
        await this.notifications.notify(manager, { userIds: recipients, type: 'reply', title: `New reply on ${t.reference}`, body: `${user.name} replied on ${t.reference}.`, ticketId: t.id });
        notified.push(...recipients);
      }
      return saved;
    });
    await this.live.publish('ticket.changed', id, { serviceId: row.t.serviceId, userIds: [row.t.reporterId] });
    for (const userId of notified) await this.live.publish('notification.created', id, { serviceId: null, userIds: [userId] });
    return toTimelineEntry({ ...event, actorName: user.name }, 'original'); // the author's own words
  }

  /** The reporter's two answers once the ticket is resolved: solved? did it disrupt therapy? */
  async feedback(user: UserPrincipal, id: string, dto: TicketFeedbackDto): Promise<TicketView> {
    const row = await this.query.row(user, id);
    if (row.t.reporterId !== user.userId) throw new ForbiddenException('Only the reporter answers these questions');
    if (row.t.status !== 'resolved' && row.t.status !== 'closed') throw new InvalidInputException([{ field: 'status', message: 'feedback is asked once the ticket is resolved' }]);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(TicketEntity, id, { feedbackSolved: dto.solved, feedbackDisruptedTherapy: dto.disruptedTherapy, feedbackAt: new Date() });
      await manager.insert(TicketEventEntity, {
        ticketId: id,
        type: 'feedback',
        actorId: user.userId,
        internal: false,
        ...eventBody(`Solved: ${dto.solved ? 'yes' : 'no'}. Disrupted therapy: ${dto.disruptedTherapy ? 'yes' : 'no'}.`),
      });
    });
    await this.live.publish('ticket.changed', id, { serviceId: row.t.serviceId, userIds: [user.userId] });
    const view = await this.views.one(id, user);
    if (!view) throw new NotFoundException('Ticket not found');
    return view;
  }
}
