import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LoginResponse } from '@navdesk/contracts';
import { UserEntity } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { AuthService } from '../auth.service';
import type { OidcIdentity } from './oidc-provider.client';

/** Why a single sign-on was refused; the console shows a message for each. */
export type SsoRefusal = 'sso-unverified' | 'sso-unknown' | 'sso-inactive';

export type SsoOutcome = { ok: true; answer: LoginResponse } | { ok: false; reason: SsoRefusal };

/**
 * Matches the person the identity provider vouched for to their Navdesk account by verified e-mail.
 * Nobody is created here: an admin invites people first.
 */
@Injectable()
export class OidcSignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async signIn(identity: OidcIdentity, ip: string): Promise<SsoOutcome> {
    const label = identity.email ?? `sub:${identity.subject}`;
    if (!identity.email || !identity.emailVerified) return this.refuse('sso-unverified', label, null);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.services', 's')
      .where('lower(u.email) = :email', { email: identity.email })
      .getOne();
    if (!user) return this.refuse('sso-unknown', label, null);
    // `active` is the users table's deactivation flag (POST /api/users/:id/deactivate clears it).
    if (!user.active) return this.refuse('sso-inactive', label, user.id);
    return { ok: true, answer: await this.auth.startSession(user, ip, 'auth.sso_login') };
  }

  private async refuse(reason: SsoRefusal, label: string, userId: string | null): Promise<SsoOutcome> {
    await this.audit.record({
      actor: { type: 'anonymous', id: userId, label },
      action: 'auth.sso_login',
      outcome: 'failure',
      entityType: userId ? 'user' : undefined,
      entityId: userId ?? undefined,
      detail: { reason: reason.slice(4) },
    });
    return { ok: false, reason };
  }
}
