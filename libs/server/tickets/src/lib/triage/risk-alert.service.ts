import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { MailTransport } from '@navdesk/server/mail';
import { NotificationsService } from '@navdesk/server/notifications';
import { TicketEntity } from '../entities/ticket.entity';
import { navigatorsOf } from '../support/navigators';

/**
 * A ticket whose text suggests risk to a patient: the service's duty contact is e-mailed at once (who
 * raised it and how to reach them — no patient details), and the service's navigators see it in the
 * console. Idempotent: the e-mail is keyed by ticket, notifications only on the first run.
 */
@Injectable()
export class RiskAlertService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async alert(ticketId: string, jobId: string): Promise<string> {
    const t = await this.dataSource.getRepository(TicketEntity).findOne({ where: { id: ticketId } });
    if (!t) throw new UnrecoverableError(`ticket ${ticketId} does not exist`);
    const service = await this.dataSource.getRepository(ServiceEntity).findOneByOrFail({ id: t.serviceId });
    const reporter = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: t.reporterId });
    const navigators = await this.dataSource.transaction(async (manager) => {
      const first = (await manager.query(`SELECT 1 FROM notifications WHERE ticket_id = $1 AND type = 'risk' LIMIT 1`, [t.id])).length === 0;
      if (!first) return [];
      const ids = await navigatorsOf(manager, t.serviceId);
      await this.notifications.notify(manager, { userIds: ids, type: 'risk', title: `Possible risk in ${t.reference}`, body: `${reporter.name} raised ${t.reference}; its text suggests risk to a patient. The duty contact has been told.`, ticketId: t.id });
      return ids;
    });
    for (const id of navigators) await this.live.publish('notification.created', t.id, { serviceId: null, userIds: [id] });
    if (!service.dutyContactEmail) return 'no-duty-contact';
    return this.transport.send({
      dedupeKey: `risk-alert:${t.id}`,
      to: service.dutyContactEmail,
      subject: `URGENT: possible risk to a patient — ${t.reference} (${service.name})`,
      body: [
        `A Navdesk ticket raised by ${reporter.name} (${reporter.email}) contains words that suggest risk to a patient.`,
        `Ticket: ${t.reference}, raised ${t.createdAt.toISOString()}.`,
        'Please contact the reporter now and follow the service’s risk protocol.',
        `(job ${jobId})`,
      ].join('\n'),
    });
  }
}
