import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TrainingModuleView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { TrainingModuleEntity } from '../entities/training-module.entity';
import { serviceForWrite } from '../query/training-scope';
import { toTrainingModuleView } from '../query/training-views';
import type { CreateTrainingModuleDto } from '../training.dto';

/** The catalogue: modules shared by every service, and each service's own. */
@Injectable()
export class TrainingModulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: UserPrincipal): Promise<TrainingModuleView[]> {
    const qb = this.dataSource.getRepository(TrainingModuleEntity).createQueryBuilder('m').orderBy('m.core', 'DESC').addOrderBy('m.title', 'ASC');
    if (user.role !== 'admin') qb.where(user.serviceIds.length ? '(m.service_id IS NULL OR m.service_id IN (:...services))' : 'm.service_id IS NULL', { services: user.serviceIds });
    return (await qb.getMany()).map(toTrainingModuleView);
  }

  async create(dto: CreateTrainingModuleDto, user: UserPrincipal): Promise<TrainingModuleView> {
    const serviceId = serviceForWrite(user, dto.serviceId);
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = manager.create(TrainingModuleEntity, {
        title: dto.title.trim(),
        topic: dto.topic,
        format: dto.format,
        durationMinutes: dto.durationMinutes,
        materialUrl: dto.materialUrl ?? null,
        description: dto.description?.trim() ?? '',
        core: dto.core ?? false,
        serviceId,
        createdById: user.userId,
      });
      await manager.save(row);
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'training.module.create', outcome: 'success', entityType: 'training_module', entityId: row.id, serviceId, detail: { title: row.title, core: row.core } }, manager);
      return row;
    });
    return toTrainingModuleView(saved);
  }
}
