import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { navigatorsOf } from '../support/navigators';

interface Breach {
  id: string;
  reference: string;
  service_id: string;
  assignee_id: string | null;
  reporter_id: string;
}

/**
 * Every minute: marks each open ticket past its SLA as breached, once (the `breached_at IS NULL`
 * guard makes a repeated sweep a no-op), and tells the assignee and the service's navigators.
 * The clock is paused while a ticket waits on its reporter.
 */
@Injectable()
export class SlaSweepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const breaches = await this.dataSource.transaction(async (manager) => {
      const rows: [Breach[], number] = await manager.query(
        `UPDATE tickets SET breached_at = $1
          WHERE breached_at IS NULL AND sla_due_at < $1 AND status IN ('new', 'triaged', 'in_progress')
          RETURNING id, reference, service_id, assignee_id, reporter_id`,
        [now],
      );
      const breached = rows[0];
      for (const b of breached) {
        await manager.query(`INSERT INTO ticket_events (ticket_id, type, internal, at, body, body_masked) VALUES ($1, 'breached', false, $2, 'SLA breached', 'SLA breached')`, [b.id, now]);
        const people = new Set([...(await navigatorsOf(manager, b.service_id)), ...(b.assignee_id ? [b.assignee_id] : [])]);
        await this.notifications.notify(manager, { userIds: [...people], type: 'breach', title: `${b.reference} breached its SLA`, body: `${b.reference} is past its SLA due time.`, ticketId: b.id });
      }
      return breached;
    });
    for (const b of breaches) await this.live.publish('ticket.changed', b.id, { serviceId: b.service_id, userIds: [b.reporter_id] });
    return breaches.length;
  }
}
