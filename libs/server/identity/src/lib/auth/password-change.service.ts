import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserEntity, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException } from '@navdesk/server/core';
import { SessionRevocationPublisher } from '@navdesk/server/live';
import { LoginThrottle, TooManyAttemptsException } from './login-throttle';
import { PasswordHasher } from './password-hasher';

/** "Change my password": the current one is checked (counted like sign-in attempts); the other sessions end. */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocationPublisher,
  ) {}

  async change(principal: UserPrincipal, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const actor = { type: 'user' as const, id: principal.userId, label: principal.email };
    // A stolen session must not become unlimited guesses at the password: the sign-in lock applies.
    const verdict = await this.throttle.check(principal.email, ip);
    if (!verdict.allowed) {
      await this.audit.record({ actor, action: 'auth.password_change', outcome: 'locked', entityType: 'user', entityId: principal.userId });
      throw new TooManyAttemptsException(verdict.retryAfterSeconds, 'Too many wrong passwords; try again later');
    }
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: principal.userId }).getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(principal.email, verdict.attempt);
      await this.audit.record({ actor, action: 'auth.password_change', outcome: 'failure', entityType: 'user', entityId: user.id, detail: { reason: 'wrong_password' } });
      // 400, not 401: the session is fine, the field is wrong.
      throw new InvalidInputException([{ field: 'currentPassword', message: 'currentPassword is not your current password' }]);
    }
    await this.throttle.recordSuccess(principal.email);
    const passwordHash = await this.hasher.hash(newPassword);
    const ended = await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL RETURNING id`,
        [user.id, principal.sessionId],
      );
      await this.audit.record({ actor, action: 'auth.password_change', outcome: 'success', entityType: 'user', entityId: user.id, detail: { sessionsEnded: rows.length } }, manager);
      return rows.map((r) => r.id);
    });
    if (ended.length) await this.revocations.publish({ sessionIds: ended });
  }
}
