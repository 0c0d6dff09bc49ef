import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '@navdesk/server/core';
import { MAIL, MAIL_JOBS, type PasswordResetJob, type WelcomeUserJob } from './mail.constants';

/** Typed producers: they write to the outbox inside the caller's transaction. */
@Injectable()
export class MailProducer {
  constructor(private readonly outbox: OutboxWriter) {}

  welcomeUser(manager: EntityManager, job: WelcomeUserJob): Promise<string> {
    return this.outbox.enqueue(manager, MAIL, MAIL_JOBS.welcomeUser, { userId: job.userId });
  }

  passwordReset(manager: EntityManager, job: PasswordResetJob): Promise<string> {
    return this.outbox.enqueue(manager, MAIL, MAIL_JOBS.passwordReset, { resetId: job.resetId });
  }
}
