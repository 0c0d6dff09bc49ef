import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@navdesk/server/audit';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { ProgrammeClient, ProgrammeRejectedError, ProgrammeUnavailableError } from '@navdesk/server/programme';
import { NotificationChangeEntity } from '../entities/notification-change.entity';
import { RetryableProgrammeError, type DeliveryResult } from './reset-delivery.service';

/** Applies a reminder change through the programme. Setting the same settings twice is harmless, so a retried job is safe. */
@Injectable()
export class NotificationChangeDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programme: ProgrammeClient,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async apply(changeId: string, lastAttempt: boolean): Promise<DeliveryResult> {
    const change = await this.dataSource.getRepository(NotificationChangeEntity).findOne({ where: { id: changeId }, relations: { patient: true } });
    if (!change?.patient || change.status !== 'queued') return 'skipped';
    const quietHours = change.quietFrom && change.quietTo ? { from: change.quietFrom, to: change.quietTo } : null;
    let outcome: DeliveryResult;
    let error: string | null = null;
    try {
      await this.programme.updateNotificationSettings(change.patient.ref, { reminderFrequency: change.reminderFrequency, quietHours });
      outcome = 'sent';
    } catch (e) {
      if (!(e instanceof ProgrammeUnavailableError) && !(e instanceof ProgrammeRejectedError)) throw e;
      error = e.message;
      outcome = lastAttempt || e instanceof ProgrammeRejectedError ? 'failed' : 'skipped';
    }
    await this.dataSource.transaction(async (manager) => {
      if (outcome === 'sent') await manager.update(NotificationChangeEntity, { id: change.id, status: 'queued' }, { status: 'applied', appliedAt: () => 'now()', attempts: () => 'attempts + 1', lastError: null });
      else if (outcome === 'failed') await manager.update(NotificationChangeEntity, { id: change.id, status: 'queued' }, { status: 'failed', failedAt: () => 'now()', attempts: () => 'attempts + 1', lastError: error });
      else await manager.update(NotificationChangeEntity, { id: change.id }, { attempts: () => 'attempts + 1', lastError: error });
      if (outcome !== 'skipped') {
        await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: `patient.notification_change.${outcome === 'sent' ? 'applied' : 'failed'}`, outcome: outcome === 'sent' ? 'success' : 'failure', entityType: 'notification_change', entityId: change.id, serviceId: change.serviceId }, manager);
      }
    });
    await this.live.publish('notification-change.changed', change.id, { serviceId: change.serviceId, userIds: [change.requestedById] });
    if (outcome === 'skipped') throw new RetryableProgrammeError(error ?? 'programme unavailable');
    return outcome;
  }
}
