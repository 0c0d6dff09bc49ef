import { Processor } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { NavdeskWorkerHost } from '@navdesk/server/core';
import { MAIL_JOBS, MAIL_QUEUE, type WelcomeUserJob } from './mail.constants';
import { OutboundEmailEntity } from './outbound-email.entity';
import { composeWelcomeEmail } from './welcome-email';

/** Sends e-mail. Idempotent: the job id (the outbox row id) is the dedupe key of the message. */
@Processor(MAIL_QUEUE)
export class MailProcessor extends NavdeskWorkerHost {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async process(job: Job<WelcomeUserJob>): Promise<'sent' | 'already-sent'> {
    this.logger.log(`job ${job.id} ${job.name} start`);
    switch (job.name) {
      case MAIL_JOBS.welcomeUser: {
        const result = await this.welcome(String(job.id), job.data);
        this.logger.log(`job ${job.id} ${job.name} ${result}`);
        return result;
      }
      default:
        throw new UnrecoverableError(`unknown mail job ${job.name}`);
    }
  }

  private async welcome(dedupeKey: string, data: WelcomeUserJob): Promise<'sent' | 'already-sent'> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: data.userId } });
    if (!user) throw new UnrecoverableError(`user ${data.userId} no longer exists`);
    const message = composeWelcomeEmail(user, 'the Navdesk console');
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(OutboundEmailEntity)
      .values({ dedupeKey, recipient: user.email, subject: message.subject, body: message.body, transport: 'database' })
      .orIgnore()
      .execute();
    return inserted.identifiers.length > 0 && inserted.raw.length > 0 ? 'sent' : 'already-sent';
  }
}
