import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashSecret, newSecret } from '@navdesk/server/access';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { MailTransport } from './mail-transport';
import { composePasswordResetEmail } from './password-reset-email';

/**
 * Sends the link of one reset request. The token is made here, at sending, and only its keyed hash
 * is stored, so it never sits in the queue or the outbox. A re-run job whose e-mail went out is a
 * no-op; one whose e-mail did not replaces the hash with that of the token it now sends.
 */
@Injectable()
export class PasswordResetMailer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(resetId: string, dedupeKey: string): Promise<'sent' | 'already-sent' | 'not-needed'> {
    const [sent] = await this.dataSource.query(`SELECT 1 FROM outbound_emails WHERE dedupe_key = $1`, [dedupeKey]);
    if (sent) return 'already-sent';
    const token = newSecret('ndr_');
    // Only a request still open, of a person who can still sign in, gets a link.
    const [rows]: [{ email: string; name: string }[], number] = await this.dataSource.query(
      `UPDATE password_reset_tokens r SET token_hash = $2
         FROM users u
        WHERE r.id = $1 AND u.id = r.user_id AND u.active AND r.used_at IS NULL AND r.expires_at > now()
        RETURNING u.email, u.name`,
      [resetId, hashSecret(token, this.config.TOKEN_PEPPER)],
    );
    const user = rows[0];
    if (!user) return 'not-needed';
    return this.transport.send({ dedupeKey, to: user.email, ...composePasswordResetEmail(user, this.config.PUBLIC_URL, token) });
  }
}
