import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LoginResponse, UserView } from '@navdesk/contracts';
import { AuthSessionEntity, UserEntity, hashSecret, newSecret, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { SessionRevocationPublisher } from '@navdesk/server/live';
import { DECOY_HASH, PasswordHasher } from './password-hasher';
import { LoginThrottle, TooManyAttemptsException } from './login-throttle';

export function toUserView(user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role'>, serviceIds: string[]): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, serviceIds: [...serviceIds].sort() };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocationPublisher,
  ) {}

  async login(emailInput: string, password: string, ip: string): Promise<LoginResponse> {
    const email = emailInput.trim().toLowerCase();
    const actor = { type: 'anonymous' as const, label: email };

    const verdict = await this.throttle.check(email, ip);
    if (!verdict.allowed) {
      await this.audit.record({ actor, action: 'auth.login', outcome: 'locked', detail: { reason: verdict.reason } });
      const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
      throw new TooManyAttemptsException(verdict.retryAfterSeconds, `Too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
    }

    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.services', 's')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await this.hasher.verify(user?.passwordHash ?? DECOY_HASH, password);
    if (!user || !ok || !user.active) {
      const lockedFor = await this.throttle.recordFailure(email, verdict.attempt);
      await this.audit.record({
        actor: { ...actor, id: user?.id ?? null },
        action: 'auth.login',
        outcome: 'failure',
        entityType: user ? 'user' : undefined,
        entityId: user?.id,
        detail: { reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : 'inactive', locked: lockedFor !== null },
      });
      throw new UnauthorizedException('Wrong e-mail or password');
    }

    await this.throttle.recordSuccess(email);
    const token = newSecret('nds_');
    const expiresIn = this.config.SESSION_TTL_MINUTES * 60;
    const session = await this.dataSource.getRepository(AuthSessionEntity).save({
      userId: user.id,
      tokenHash: hashSecret(token, this.config.TOKEN_PEPPER),
      expiresAt: new Date(Date.now() + expiresIn * 1000),
      revokedAt: null,
      ip: ip || null,
    });
    await this.audit.record({ actor: { type: 'user', id: user.id, label: email }, action: 'auth.login', outcome: 'success', entityType: 'session', entityId: session.id });
    return { accessToken: token, expiresIn, user: toUserView(user, user.services.map((s) => s.id)) };
  }

  async logout(user: UserPrincipal): Promise<void> {
    await this.dataSource.getRepository(AuthSessionEntity).update({ id: user.sessionId }, { revokedAt: new Date() });
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'auth.logout', outcome: 'success', entityType: 'session', entityId: user.sessionId });
    // Every api process closes this session's open event streams.
    await this.revocations.publish({ sessionIds: [user.sessionId] });
  }

  me(user: UserPrincipal): UserView {
    return { id: user.userId, email: user.email, name: user.name, role: user.role, serviceIds: user.serviceIds };
  }
}
