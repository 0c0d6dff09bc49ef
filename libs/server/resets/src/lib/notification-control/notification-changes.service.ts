import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationChangeView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException, OutboxWriter } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { findReachablePatient } from '@navdesk/server/patients';
import { NotificationChangeEntity } from '../entities/notification-change.entity';
import { toNotificationChangeView } from '../query/reset-views';
import type { CreateNotificationChangeDto } from '../requests/login-resets.dto';
import { PROGRAMME, PROGRAMME_JOBS } from '../resets.constants';

/** A navigator lowers a patient's reminders; the worker applies it through the programme. */
@Injectable()
export class NotificationChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async request(ref: string, dto: CreateNotificationChangeDto, user: UserPrincipal): Promise<NotificationChangeView> {
    const quiet = dto.quietHours ?? null;
    if (quiet && quiet.from === quiet.to) throw new InvalidInputException([{ field: 'quietHours', message: 'quietHours must start and end at different times' }]);
    const change = await this.dataSource.transaction(async (manager) => {
      const patient = await findReachablePatient(manager, ref, user, 'ref');
      const row = manager.create(NotificationChangeEntity, {
        patientId: patient.id,
        serviceId: patient.serviceId,
        requestedById: user.userId,
        status: 'queued',
        reminderFrequency: dto.reminderFrequency,
        quietFrom: quiet?.from ?? null,
        quietTo: quiet?.to ?? null,
        reason: dto.reason.trim(),
      });
      await manager.insert(NotificationChangeEntity, row);
      await this.outbox.enqueue(manager, PROGRAMME, PROGRAMME_JOBS.applyNotificationChange, { changeId: row.id });
      await this.audit.record(
        { actor: { type: 'user', id: user.userId, label: user.email }, action: 'patient.notification_change.request', outcome: 'success', entityType: 'notification_change', entityId: row.id, serviceId: row.serviceId, detail: { patientRef: ref, reminderFrequency: dto.reminderFrequency, quietHours: quiet ? `${quiet.from}-${quiet.to}` : null } },
        manager,
      );
      return row;
    });
    await this.live.publish('notification-change.changed', change.id, { serviceId: change.serviceId, userIds: [user.userId] });
    const saved = await this.dataSource.getRepository(NotificationChangeEntity).findOneOrFail({ where: { id: change.id }, relations: { patient: true, requestedBy: true } });
    return toNotificationChangeView(saved);
  }

  async ofPatient(ref: string, user: UserPrincipal): Promise<NotificationChangeView[]> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    const rows = await this.dataSource.getRepository(NotificationChangeEntity).find({ where: { patientId: patient.id }, relations: { patient: true, requestedBy: true }, order: { createdAt: 'DESC' }, take: 50 });
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'patient.notification_changes.read', outcome: 'success', entityType: 'patient', entityId: patient.id, serviceId: patient.serviceId, detail: { patientRef: ref, changes: rows.length } });
    return rows.map(toNotificationChangeView);
  }
}
