import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { AuthSessionEntity } from '../entities/auth-session.entity';
import { IntegrationKeyEntity } from '../entities/integration-key.entity';
import { UserEntity } from '../entities/user.entity';
import { hashSecret } from '../secret-hash';
import type { IntegrationPrincipal, UserPrincipal } from '../principal';

/** Turns a bearer secret into a principal, or null when it is unknown, expired, revoked or inactive. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async userForToken(token: string): Promise<UserPrincipal | null> {
    const session = await this.dataSource.getRepository(AuthSessionEntity).findOne({
      where: { tokenHash: hashSecret(token, this.config.TOKEN_PEPPER), revokedAt: IsNull() },
    });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: session.userId, active: true }, relations: { services: true } });
    if (!user) return null;
    return {
      kind: 'user',
      userId: user.id,
      sessionId: session.id,
      email: user.email,
      name: user.name,
      role: user.role,
      serviceIds: user.services.map((s) => s.id).sort(),
    };
  }

  async integrationForKey(key: string): Promise<IntegrationPrincipal | null> {
    const repo = this.dataSource.getRepository(IntegrationKeyEntity);
    const found = await repo.findOne({ where: { keyHash: hashSecret(key, this.config.TOKEN_PEPPER), revokedAt: IsNull() } });
    if (!found) return null;
    await repo.update(found.id, { lastUsedAt: new Date() });
    return { kind: 'integration', keyId: found.id, serviceId: found.serviceId, name: found.name };
  }
}
