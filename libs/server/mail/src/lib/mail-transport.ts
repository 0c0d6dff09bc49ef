import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { OutboundEmailEntity } from './outbound-email.entity';

export interface OutgoingEmail {
  /** Makes a re-run job a no-op: the same key is sent once. */
  dedupeKey: string;
  to: string;
  subject: string;
  body: string;
}

/**
 * The e-mail adapter. Every message is recorded in `outbound_emails` (the mailbox admins can read);
 * with SMTP_URL set it is also sent by nodemailer. The record is written first and keyed, so a retry
 * after an SMTP failure does not send twice once SMTP has accepted it.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly smtp: Transporter | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.smtp = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  get transportName(): 'smtp' | 'database' {
    return this.smtp ? 'smtp' : 'database';
  }

  async send(mail: OutgoingEmail): Promise<'sent' | 'already-sent'> {
    const smtp = this.smtp;
    // Recorded only: one statement, no transaction to hold open.
    const outcome = smtp
      ? await this.dataSource.transaction(async (manager) => {
          const recorded = await this.record(manager, mail);
          // Inside the transaction: if SMTP refuses, the record rolls back and the job retries.
          if (recorded === 'sent') await smtp.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
          return recorded;
        })
      : await this.record(this.dataSource.manager, mail);
    if (outcome === 'sent') this.logger.log(`e-mail ${mail.dedupeKey} handed to ${this.transportName}`);
    return outcome;
  }

  private async record(manager: EntityManager, mail: OutgoingEmail): Promise<'sent' | 'already-sent'> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboundEmailEntity)
      .values({ dedupeKey: mail.dedupeKey, recipient: mail.to, subject: mail.subject, body: mail.body, transport: this.transportName })
      .orIgnore()
      .returning(['id'])
      .execute();
    return inserted.raw.length ? 'sent' : 'already-sent';
  }
}
