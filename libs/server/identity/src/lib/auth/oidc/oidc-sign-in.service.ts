import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LoginResponse } from '@navdesk/contracts';
import { UserEntity } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { AuthService } from '../auth.service';
import type { OidcIdentity } from './oidc-provider.client';

/** Why a single sign-on was refused; the console shows a message for each. */
export type SsoRefusal = 'sso-unverified' | 'sso-unknown' | 'sso-inactive';

export type SsoOutcome = { ok: true; answer: LoginResponse } | { ok: false; reason: SsoRefusal };

/**
 * Matches the person the identity provider vouched for to their Navdesk account by verified e-mail
 * (or, with OIDC_TRUST_UNVERIFIED_EMAIL, by an e-mail the provider sent without `email_verified`).
 * Nobody is created here: an admin invites people first.
 */
@Injectable()
export class OidcSignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(identity: OidcIdentity, ip: string): Promise<SsoOutcome> {
    const label = identity.email ?? `sub:${identity.subject}`;
    if (!identity.email || !this.verified(identity)) return this.refuse('sso-unverified', label, null);
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

  /** An explicit `email_verified: false` is refused even when unverified e-mail is trusted. */
  private verified(identity: OidcIdentity): boolean {
    return identity.emailVerified === true || (identity.emailVerified === null && this.config.OIDC_TRUST_UNVERIFIED_EMAIL);
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
