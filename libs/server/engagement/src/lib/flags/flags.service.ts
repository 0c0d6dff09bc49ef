import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FlagThresholds, Page, PatientFlagView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { PatientFlagEntity } from '../entities/patient-flag.entity';
import { ServiceFlagThresholdsEntity } from '../entities/service-flag-thresholds.entity';
import { toFlagView } from '../query/flag-views';
import { thresholdsOf } from './flag-thresholds';
import type { AcknowledgeFlagDto, FlagThresholdsDto, ListFlagsDto } from './flags.dto';

const FLAGS_CURSOR = defineCursor(cursorPart.time, cursorPart.uuid);

/** The navigators' task list of flags, its acknowledgement, and each service's thresholds. */
@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async list(user: UserPrincipal, q: ListFlagsDto): Promise<Page<PatientFlagView>> {
    const after = FLAGS_CURSOR.decode(q.cursor);
    const qb = this.dataSource
      .getRepository(PatientFlagEntity)
      .createQueryBuilder('f')
      .innerJoinAndSelect('f.patient', 'p')
      .where(user.serviceIds.length ? 'f.service_id IN (:...services)' : '1 = 0', { services: user.serviceIds })
      .andWhere('f.status = :status', { status: q.status ?? 'open' });
    if (q.kind) qb.andWhere('f.kind = :kind', { kind: q.kind });
    if (q.cause) qb.andWhere('f.cause = :cause', { cause: q.cause });
    if (after) qb.andWhere('(f.raised_at, f.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await qb.orderBy('f.raised_at', 'DESC').addOrderBy('f.id', 'DESC').limit(q.limit + 1).getMany();
    const page = FLAGS_CURSOR.page(rows, q.limit, (f) => toFlagView(f, f.patient?.ref ?? ''), (f) => [f.raisedAt.toISOString(), f.id]);
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'flags.read', outcome: 'success', entityType: 'patient', detail: { flags: page.items.length, refs: [...new Set(page.items.map((i) => i.patientRef))].join(',') } });
    return page;
  }

  async acknowledge(id: string, dto: AcknowledgeFlagDto, user: UserPrincipal): Promise<PatientFlagView> {
    const flag = await this.dataSource.getRepository(PatientFlagEntity).findOne({ where: { id }, relations: { patient: true } });
    if (!flag || !user.serviceIds.includes(flag.serviceId)) throw new NotFoundException('No such flag in your services');
    if (flag.status === 'cleared') throw new ConflictException('This flag has cleared itself; nothing to acknowledge');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(PatientFlagEntity, { id }, { status: 'acknowledged', acknowledgedById: user.userId, acknowledgedAt: new Date(), note: dto.note.trim() });
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'flag.acknowledge', outcome: 'success', entityType: 'patient', entityId: flag.patientId, serviceId: flag.serviceId, detail: { flag: flag.kind } }, manager);
    });
    await this.live.publish('patient.changed', flag.patientId, { serviceId: flag.serviceId, userIds: [] });
    const saved = await this.dataSource.getRepository(PatientFlagEntity).findOneOrFail({ where: { id }, relations: { patient: true } });
    return toFlagView(saved, saved.patient?.ref ?? '');
  }

  async thresholds(serviceId: string, user: UserPrincipal): Promise<FlagThresholds> {
    if (!user.serviceIds.includes(serviceId)) throw new NotFoundException('No such service among yours');
    return thresholdsOf(this.dataSource.manager, serviceId);
  }

  /** New thresholds apply at the next evaluation: every patient of the service is marked for it now. */
  async setThresholds(serviceId: string, dto: FlagThresholdsDto, user: UserPrincipal): Promise<FlagThresholds> {
    if (!user.serviceIds.includes(serviceId)) throw new NotFoundException('No such service among yours');
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(ServiceFlagThresholdsEntity, { serviceId, ...pick(dto), updatedById: user.userId, updatedAt: new Date() }, ['serviceId']);
      await manager.query(`INSERT INTO engagement_dirty_patients (patient_id) SELECT id FROM patients WHERE service_id = $1 ON CONFLICT DO NOTHING`, [serviceId]);
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'flag_thresholds.update', outcome: 'success', entityType: 'service', entityId: serviceId, serviceId, detail: { ...pick(dto) } }, manager);
    });
    return thresholdsOf(this.dataSource.manager, serviceId);
  }
}

function pick(t: FlagThresholds): FlagThresholds {
  return { noLoginDays: t.noLoginDays, moodDropPoints: t.moodDropPoints, moodDropWindowDays: t.moodDropWindowDays, noMoodDays: t.noMoodDays, burdenDismissals: t.burdenDismissals, burdenWindowDays: t.burdenWindowDays };
}
