import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
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
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(OutboundEmailEntity)
        .values({ dedupeKey: mail.dedupeKey, recipient: mail.to, subject: mail.subject, body: mail.body, transport: this.transportName })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (!inserted.raw.length) return 'already-sent' as const;
      // Inside the transaction: if SMTP refuses, the record rolls back and the job retries.
      if (this.smtp) await this.smtp.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
      this.logger.log(`e-mail ${mail.dedupeKey} handed to ${this.transportName}`);
      return 'sent' as const;
    });
  }
}
