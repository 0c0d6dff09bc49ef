import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import type { CreatedIntegrationKey, IntegrationKeyListItem } from '@navdesk/contracts';
import { IntegrationKeyEntity, ServiceEntity, hashSecret, newSecret, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, InvalidInputException, type AppConfig } from '@navdesk/server/core';
import type { CreateIntegrationKeyDto } from './integration-keys.dto';

@Injectable()
export class IntegrationKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** The key is returned once, here; only its keyed hash is kept. */
  async create(dto: CreateIntegrationKeyDto, admin: UserPrincipal): Promise<CreatedIntegrationKey> {
    const key = newSecret('ndk_');
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ServiceEntity, { id: dto.serviceId }))) {
        throw new InvalidInputException([{ field: 'serviceId', message: 'serviceId names no service' }]);
      }
      const saved = await manager.save(
        manager.create(IntegrationKeyEntity, { serviceId: dto.serviceId, name: dto.name.trim(), keyPrefix: key.slice(0, 12), keyHash: hashSecret(key, this.config.TOKEN_PEPPER), createdById: admin.userId }),
      );
      await this.audit.record(
        { actor: { type: 'user', id: admin.userId, label: admin.email }, action: 'integration_key.create', outcome: 'success', entityType: 'integration_key', entityId: saved.id, serviceId: dto.serviceId },
        manager,
      );
      return { id: saved.id, key };
    });
  }

  async list(): Promise<IntegrationKeyListItem[]> {
    const rows = await this.dataSource.getRepository(IntegrationKeyEntity).find({ where: { revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return rows.map((k) => ({ id: k.id, serviceId: k.serviceId, name: k.name, keyPrefix: k.keyPrefix, createdAt: k.createdAt.toISOString(), lastUsedAt: k.lastUsedAt?.toISOString() ?? null }));
  }

  async revoke(id: string, admin: UserPrincipal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(IntegrationKeyEntity, { id, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw new NotFoundException('No such integration key');
      await this.audit.record({ actor: { type: 'user', id: admin.userId, label: admin.email }, action: 'integration_key.revoke', outcome: 'success', entityType: 'integration_key', entityId: id }, manager);
    });
  }
}
