import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LoginResponse, MeResponse, UserView } from '@navdesk/contracts';
import { AuthSessionEntity, UserEntity, hashSecret, newSecret, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { SessionRevocationPublisher } from '@navdesk/server/live';
import { LoginThrottle, TooManyAttemptsException } from './login-throttle';
import { DECOY_HASH, PasswordHasher } from './password-hasher';

export function toUserView(user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role'>, serviceIds: string[]): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, serviceIds: [...serviceIds].sort() };
}

export const PASSWORDS_OFF_MESSAGE = 'Password sign-in is turned off here: sign in with your organisation account';

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

    // Break-glass: passwords are off except for the listed admins (checked again by role below).
    if (this.config.LOCAL_PASSWORDS === 'break-glass' && !this.config.BREAK_GLASS_ADMINS.includes(email)) {
      await this.audit.record({ actor, action: 'auth.login', outcome: 'denied', detail: { reason: 'break_glass' } });
      throw new ForbiddenException(PASSWORDS_OFF_MESSAGE);
    }

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
    if (this.config.LOCAL_PASSWORDS === 'break-glass' && user.role !== 'admin') {
      await this.audit.record({ actor: { ...actor, id: user.id }, action: 'auth.login', outcome: 'denied', entityType: 'user', entityId: user.id, detail: { reason: 'break_glass' } });
      throw new ForbiddenException(PASSWORDS_OFF_MESSAGE);
    }
    return this.startSession(user, ip, 'auth.login');
  }

  /** Opens a session for a user already proven to be who they say (password or single sign-on). */
  async startSession(user: UserEntity, ip: string, action: 'auth.login' | 'auth.sso_login'): Promise<LoginResponse> {
    const token = newSecret('nds_');
    const expiresIn = this.config.SESSION_TTL_MINUTES * 60;
    const session = await this.dataSource.getRepository(AuthSessionEntity).save({
      userId: user.id,
      tokenHash: hashSecret(token, this.config.TOKEN_PEPPER),
      expiresAt: new Date(Date.now() + expiresIn * 1000),
      revokedAt: null,
      ip: ip || null,
    });
    await this.audit.record({ actor: { type: 'user', id: user.id, label: user.email }, action, outcome: 'success', entityType: 'session', entityId: session.id });
    return { accessToken: token, expiresIn, idleTimeoutSeconds: this.idleTimeoutSeconds, user: toUserView(user, user.services.map((s) => s.id)) };
  }

  async logout(user: UserPrincipal): Promise<void> {
    await this.dataSource.getRepository(AuthSessionEntity).update({ id: user.sessionId }, { revokedAt: new Date() });
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'auth.logout', outcome: 'success', entityType: 'session', entityId: user.sessionId });
    // Every api process closes this session's open event streams.
    await this.revocations.publish({ sessionIds: [user.sessionId] });
  }

  me(user: UserPrincipal): MeResponse {
    return { id: user.userId, email: user.email, name: user.name, role: user.role, serviceIds: user.serviceIds, idleTimeoutSeconds: this.idleTimeoutSeconds };
  }

  /** For the console's "you'll be signed out" warning. */
  private get idleTimeoutSeconds(): number {
    return this.config.SESSION_IDLE_MINUTES * 60;
  }
}
