import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { APP_CONFIG, NavdeskWorkerHost, unknownJob, type AppConfig, type JobOf } from '@navdesk/server/core';
import { MailTransport } from '@navdesk/server/mail';
import { NotificationEntity } from './notification.entity';
import { NOTIFICATION_JOBS, NOTIFICATIONS_QUEUE, type NotificationJobs } from './notifications.constants';

/**
 * E-mails each notification to its person. Idempotent through the transport's dedupe key. Each job waits
 * on the database and the mail server, not the CPU: run several at once, or a busy triage (one e-mail per
 * assignment) leaves them waiting minutes (bench:soak saw the oldest grow past 50 s with one at a time).
 */
@Processor(NOTIFICATIONS_QUEUE, { concurrency: 8 })
export class NotificationEmailProcessor extends NavdeskWorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: JobOf<NotificationJobs>): Promise<string> {
    this.logger.log(`job ${job.id} ${job.name} start`);
    if (job.name !== NOTIFICATION_JOBS.email) throw unknownJob(NOTIFICATIONS_QUEUE, job);
    const n = await this.dataSource.getRepository(NotificationEntity).findOne({ where: { id: job.data.notificationId } });
    if (!n) throw new UnrecoverableError(`notification ${job.data.notificationId} no longer exists`);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: n.userId, active: true } });
    if (!user) return 'no-recipient';
    const link = n.ticketId ? `${this.config.PUBLIC_URL}/tickets/${n.ticketId}` : this.config.PUBLIC_URL;
    const result = await this.transport.send({ dedupeKey: `notification:${n.id}`, to: user.email, subject: `Navdesk: ${n.title}`, body: `${n.body}\n\nOpen it in Navdesk: ${link}` });
    this.logger.log(`job ${job.id} ${job.name} ${result}`);
    return result;
  }
}
