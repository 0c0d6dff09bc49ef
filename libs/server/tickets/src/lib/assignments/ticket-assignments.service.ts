import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { OPEN_TICKET_STATUSES } from '@navdesk/contracts';
import type { AssignmentRelease, ReleasedAssignments, TicketAssignments } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { eventBody } from '../rules';
import { navigatorsOf } from '../support/navigators';

/**
 * A leaver's open tickets go back to their service's queue (or to the named replacement), each with a
 * timeline line, and the service's navigators hear of it. The tickets stay open.
 */
@Injectable()
export class TicketAssignmentsService implements TicketAssignments {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async release(manager: EntityManager, request: AssignmentRelease): Promise<ReleasedAssignments> {
    if (!request.serviceIds.length) return { tickets: [], notifiedUserIds: [] };
    const tickets = await manager.find(TicketEntity, {
      where: { assigneeId: request.assigneeId, serviceId: In(request.serviceIds), status: In([...OPEN_TICKET_STATUSES]) },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const released: ReleasedAssignments['tickets'] = [];
    const notified = new Set<string>();
    for (const t of tickets) {
      const to = request.replacements[t.serviceId] ?? null;
      await manager.update(TicketEntity, t.id, { assigneeId: to });
      const where = to ? 'handed to another navigator' : 'back in the service’s queue';
      await manager.insert(TicketEventEntity, {
        ticketId: t.id,
        type: 'assigned',
        field: 'assigneeId',
        fromValue: request.assigneeId,
        toValue: to,
        actorId: request.actorId,
        internal: false,
        ...eventBody(`${request.reason}; the ticket is ${where}`),
      });
      const navigators = (await navigatorsOf(manager, t.serviceId)).filter((id) => id !== request.assigneeId);
      const audience = to ? [to] : navigators;
      const title = to ? `${t.reference} handed to you` : `${t.reference} is back in the queue`;
      const body = `${request.reason}. ${to ? `${t.reference} is now assigned to you.` : `${t.reference} is unassigned and waiting in the queue.`}`;
      for (const id of await this.notifications.notify(manager, { userIds: audience, type: 'assigned', title, body, ticketId: t.id })) notified.add(id);
      released.push({ id: t.id, serviceId: t.serviceId, reporterId: t.reporterId, assigneeId: to });
    }
    return { tickets: released, notifiedUserIds: [...notified] };
  }

  async announce(released: ReleasedAssignments): Promise<void> {
    for (const t of released.tickets) await this.live.publish('ticket.changed', t.id, { serviceId: t.serviceId, userIds: [t.reporterId] });
    for (const userId of released.notifiedUserIds) await this.live.publish('notification.created', userId, { serviceId: null, userIds: [userId] });
  }
}
