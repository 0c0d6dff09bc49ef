import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@navdesk/server/core';
import { MAIL_JOB_OPTIONS, MAIL_QUEUE } from './mail.constants';
import { MailProcessor } from './mail.processor';
import { MailProducer } from './mail.producer';

/** api side: producers only. */
@Module({ imports: [OutboxModule], providers: [MailProducer], exports: [MailProducer] })
export class MailApiModule {}

/** worker side: the queue and its processor. */
@Module({
  imports: [BullModule.registerQueue({ name: MAIL_QUEUE, defaultJobOptions: MAIL_JOB_OPTIONS })],
  providers: [MailProcessor],
})
export class MailWorkerModule {}
