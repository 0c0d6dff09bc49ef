import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { APP_CONFIG, NavdeskWorkerHost, unknownJob, type AppConfig, type JobOf } from '@navdesk/server/core';
import { MailTransport } from './mail-transport';
import { MAIL_JOBS, MAIL_QUEUE, type MailJobs } from './mail.constants';
import { PasswordResetMailer } from './password-reset-mailer';
import { composeWelcomeEmail } from './welcome-email';

/** Sends account e-mail. Idempotent: the job id (the outbox row id) is the dedupe key of the message. */
@Processor(MAIL_QUEUE)
export class MailProcessor extends NavdeskWorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwordResets: PasswordResetMailer,
  ) {
    super();
  }

  async process(job: JobOf<MailJobs>): Promise<'sent' | 'already-sent' | 'not-needed'> {
    this.logger.log(`job ${job.id} ${job.name} start`);
    if (job.name === MAIL_JOBS.passwordReset && 'resetId' in job.data) {
      const sent = await this.passwordResets.send(job.data.resetId, `${job.name}:${job.id}`);
      this.logger.log(`job ${job.id} ${job.name} ${sent}`);
      return sent;
    }
    // The `in` checks keep a malformed payload an unrecoverable failure, as before the job map.
    if (job.name !== MAIL_JOBS.welcomeUser || !('userId' in job.data)) throw unknownJob(MAIL_QUEUE, job);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: job.data.userId } });
    if (!user) throw new UnrecoverableError(`user ${job.data.userId} no longer exists`);
    const message = composeWelcomeEmail(user, this.config.PUBLIC_URL);
    const result = await this.transport.send({ dedupeKey: `${job.name}:${job.id}`, to: user.email, ...message });
    this.logger.log(`job ${job.id} ${job.name} ${result}`);
    return result;
  }
}
