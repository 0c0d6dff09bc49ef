import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, preparedQuery } from '@navdesk/server/core';

export type MailOutcome = 'sent' | 'already-sent';

/** The mails whose key is new, recorded in one statement; the answer names the keys that went in. */
const RECORD_SQL = `
INSERT INTO outbound_emails (dedupe_key, recipient, subject, body, transport)
SELECT m.dedupe_key, m.recipient, m.subject, m.body, $5::text
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS m(dedupe_key, recipient, subject, body)
ON CONFLICT (dedupe_key) DO NOTHING
RETURNING dedupe_key`;

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

  async send(mail: OutgoingEmail): Promise<MailOutcome> {
    const [result] = await this.sendMany([mail]);
    if (result?.status === 'rejected') throw result.reason;
    return (result as PromiseFulfilledResult<MailOutcome>).value;
  }

  /**
   * Several e-mails at once, one result each, in the order given. Recorded only (no SMTP): one multi-row
   * INSERT, no transaction to hold open. With SMTP each goes on its own, so a refusal fails only its own.
   */
  async sendMany(mails: readonly OutgoingEmail[]): Promise<PromiseSettledResult<MailOutcome>[]> {
    const smtp = this.smtp;
    const results: PromiseSettledResult<MailOutcome>[] = smtp
      ? await Promise.allSettled(
          mails.map((mail) =>
            this.dataSource.transaction(async (manager) => {
              const [recorded] = await this.record(manager, [mail]);
              // Inside the transaction: if SMTP refuses, the record rolls back and the job retries.
              if (recorded === 'sent') await smtp.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body });
              return recorded as MailOutcome;
            }),
          ),
        )
      : (await this.record(this.dataSource.manager, mails)).map((value) => ({ status: 'fulfilled', value }));
    results.forEach((r, i) => {
      if (r.status === 'fulfilled' && r.value === 'sent') this.logger.log(`e-mail ${mails[i]?.dedupeKey} handed to ${this.transportName}`);
    });
    return results;
  }

  /** Records each mail whose key is new; a key seen before (or earlier in the same call) is 'already-sent'. */
  private async record(manager: EntityManager, mails: readonly OutgoingEmail[]): Promise<MailOutcome[]> {
    if (mails.length === 0) return [];
    const rows = await preparedQuery<{ dedupe_key: string }>(manager, RECORD_SQL, [mails.map((m) => m.dedupeKey), mails.map((m) => m.to), mails.map((m) => m.subject), mails.map((m) => m.body), this.transportName]);
    const fresh = new Set(rows.map((r) => r.dedupe_key));
    return mails.map((m) => (fresh.delete(m.dedupeKey) ? 'sent' : 'already-sent'));
  }
}
