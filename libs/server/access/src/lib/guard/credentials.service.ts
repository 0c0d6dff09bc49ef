import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { IntegrationKeyEntity } from '../entities/integration-key.entity';
import { hashSecret } from '../secret-hash';
import type { IntegrationPrincipal, UserPrincipal } from '../principal';

/** Turns a bearer secret into a principal, or null when it is unknown, expired, revoked or inactive. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One indexed query per request: the session, its person and their services. */
  async userForToken(token: string): Promise<UserPrincipal | null> {
    const rows: { session_id: string; user_id: string; email: string; name: string; role: UserPrincipal['role']; service_ids: string[] | null }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.email, u.name, u.role,
              array_remove(array_agg(us.service_id ORDER BY us.service_id), NULL) AS service_ids
         FROM auth_sessions s
         JOIN users u ON u.id = s.user_id AND u.active
         LEFT JOIN user_services us ON us.user_id = u.id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, u.id`,
      [hashSecret(token, this.config.TOKEN_PEPPER)],
    );
    const row = rows[0];
    if (!row) return null;
    return { kind: 'user', userId: row.user_id, sessionId: row.session_id, email: row.email, name: row.name, role: row.role, serviceIds: row.service_ids ?? [] };
  }

  async integrationForKey(key: string): Promise<IntegrationPrincipal | null> {
    const repo = this.dataSource.getRepository(IntegrationKeyEntity);
    const found = await repo.findOne({ where: { keyHash: hashSecret(key, this.config.TOKEN_PEPPER), revokedAt: IsNull() } });
    if (!found) return null;
    await repo.update(found.id, { lastUsedAt: new Date() });
    return { kind: 'integration', keyId: found.id, serviceId: found.serviceId, name: found.name };
  }
}
