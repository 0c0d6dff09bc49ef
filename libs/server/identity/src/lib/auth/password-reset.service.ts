import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordResetTokenEntity, UserEntity, hashSecret } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, InvalidInputException, type AppConfig } from '@navdesk/server/core';
import { SessionRevocationPublisher } from '@navdesk/server/live';
import { MailProducer, PASSWORD_RESET_TTL_MINUTES } from '@navdesk/server/mail';
import { TooManyAttemptsException } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PasswordResetThrottle } from './password-reset-throttle';

const BAD_TOKEN = new InvalidInputException([{ field: 'token', message: 'token is not valid: it was used, has expired or never existed; ask for a new link' }]);

/**
 * Forgotten passwords. A request answers the same whether or not the address has an account: the
 * e-mail (and its token) is made in the background, through the outbox and the mail queue.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly throttle: PasswordResetThrottle,
    private readonly audit: AuditService,
    private readonly mail: MailProducer,
    private readonly revocations: SessionRevocationPublisher,
  ) {}

  async request(emailInput: string, ip: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    const actor = { type: 'anonymous' as const, label: email };
    try {
      await this.throttle.check(email, ip);
    } catch (e) {
      if (e instanceof TooManyAttemptsException) await this.audit.record({ actor, action: 'auth.password_reset_request', outcome: 'locked' });
      throw e;
    }
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email }, select: { id: true, active: true } });
    // Where passwords are off (single sign-on, break-glass admins only), a reset would open nothing.
    const passwordsOff = this.config.LOCAL_PASSWORDS === 'break-glass' && !this.config.BREAK_GLASS_ADMINS.includes(email);
    if (!user?.active || passwordsOff) {
      const reason = !user ? 'unknown_email' : !user.active ? 'inactive' : 'passwords_off';
      await this.audit.record({ actor, action: 'auth.password_reset_request', outcome: 'failure', detail: { reason } });
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const reset = await manager.save(
        manager.create(PasswordResetTokenEntity, { userId: user.id, tokenHash: null, usedAt: null, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000) }),
      );
      await this.mail.passwordReset(manager, { resetId: reset.id });
      await this.audit.record({ actor: { ...actor, id: user.id }, action: 'auth.password_reset_request', outcome: 'success', entityType: 'user', entityId: user.id }, manager);
    });
  }

  /** Sets the password from a link's token (once), and ends every session of the person. */
  async reset(token: string, password: string): Promise<void> {
    const tokenHash = hashSecret(token, this.config.TOKEN_PEPPER);
    const tokens = this.dataSource.getRepository(PasswordResetTokenEntity);
    // A cheap look first, so a bad token costs no password hashing.
    const found = await tokens.createQueryBuilder('r').where('r.tokenHash = :tokenHash AND r.usedAt IS NULL AND r.expiresAt > now()', { tokenHash }).getOne();
    if (!found) throw BAD_TOKEN;
    const passwordHash = await this.hasher.hash(password);
    const user = await this.dataSource.transaction(async (manager) => {
      // The claim is the single use: of two racing resets, one updates the row and the other finds none.
      const [claimed]: [{ user_id: string }[], number] = await manager.query(
        `UPDATE password_reset_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [found.id],
      );
      const owner = claimed[0] ? await manager.findOne(UserEntity, { where: { id: claimed[0].user_id, active: true } }) : null;
      if (!owner) throw BAD_TOKEN;
      await manager.update(UserEntity, { id: owner.id }, { passwordHash });
      // Older links stop working too.
      await manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [owner.id]);
      await manager.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [owner.id]);
      await this.audit.record({ actor: { type: 'user', id: owner.id, label: owner.email }, action: 'auth.password_reset', outcome: 'success', entityType: 'user', entityId: owner.id }, manager);
      return owner;
    });
    // Every api process closes the person's open event streams.
    await this.revocations.publish({ userIds: [user.id] });
  }
}
