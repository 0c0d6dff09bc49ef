import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@navdesk/server/core';
import { MailTransport } from './mail-transport';
import { MAIL_JOB_OPTIONS, MAIL_QUEUE } from './mail.constants';
import { MailProcessor } from './mail.processor';
import { MailProducer } from './mail.producer';
import { PasswordResetMailer } from './password-reset-mailer';

/** api side: producers only. */
@Module({ imports: [OutboxModule], providers: [MailProducer], exports: [MailProducer] })
export class MailApiModule {}

/** The e-mail adapter, for any worker processor that sends mail. */
@Module({ providers: [MailTransport], exports: [MailTransport] })
export class MailTransportModule {}

/** worker side: the account-mail queue and its processor. */
@Module({
  imports: [BullModule.registerQueue({ name: MAIL_QUEUE, defaultJobOptions: MAIL_JOB_OPTIONS }), MailTransportModule],
  providers: [MailProcessor, PasswordResetMailer],
})
export class MailWorkerModule {}
