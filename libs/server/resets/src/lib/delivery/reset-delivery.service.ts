import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RESET_LIMITS } from '@navdesk/contracts';
import { AuditService } from '@navdesk/server/audit';
import { SYSTEM_TICKETS, type SystemTickets } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { ProgrammeClient, ProgrammeRejectedError, ProgrammeUnavailableError } from '@navdesk/server/programme';
import { LoginResetEventEntity } from '../entities/login-reset-event.entity';
import { LoginResetEntity } from '../entities/login-reset.entity';
import { programmeRequestId, resetExpiresAt } from '../rules/reset-rules';

/** Thrown to make BullMQ try again later (its exponential backoff). */
export class RetryableProgrammeError extends Error {}

export type DeliveryResult = 'sent' | 'skipped' | 'failed';

/**
 * Sends one round of a reset: asks the programme (with the round's request id, so a retried job
 * never sends the patient a second message), then records the answer. An outage is retried by the
 * queue; a refusal, or the last failed attempt, fails the reset and opens a tech-support ticket for
 * the service's navigators.
 */
@Injectable()
export class ResetDeliveryService {
  private readonly logger = new Logger(ResetDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programme: ProgrammeClient,
    @Inject(SYSTEM_TICKETS) private readonly tickets: SystemTickets,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async deliver(resetId: string, round: number, lastAttempt: boolean): Promise<DeliveryResult> {
    const reset = await this.dataSource.getRepository(LoginResetEntity).findOne({ where: { id: resetId }, relations: { patient: true } });
    // Already sent, failed or superseded by a newer round: nothing to do (the job is idempotent).
    if (!reset?.patient || reset.status !== 'queued' || reset.round !== round) return 'skipped';
    try {
      const receipt = await this.programme.sendPasswordReset(reset.patient.ref, { channel: reset.channel, requestId: programmeRequestId(reset.id, round) });
      await this.markSent(reset, new Date(receipt.sentAt));
      return 'sent';
    } catch (e) {
      if (!(e instanceof ProgrammeUnavailableError) && !(e instanceof ProgrammeRejectedError)) throw e;
      const final = lastAttempt || e instanceof ProgrammeRejectedError;
      await this.recordAttemptFailure(reset, e.message, final);
      if (!final) throw new RetryableProgrammeError(e.message);
      await this.fail(reset, e.message);
      return 'failed';
    }
  }

  private async markSent(reset: LoginResetEntity, sentAt: Date): Promise<void> {
    const at = Number.isFinite(sentAt.getTime()) ? sentAt : new Date();
    const updated = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(LoginResetEntity, { id: reset.id, status: 'queued', round: reset.round }, { status: 'sent', sentAt: at, expiresAt: resetExpiresAt(at), attempts: () => 'attempts + 1', lastError: null });
      if (!result.affected) return false;
      await manager.insert(LoginResetEventEntity, { resetId: reset.id, type: 'sent', detail: `The programme sent the link by ${reset.channel === 'sms' ? 'SMS' : 'email'}` });
      await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: 'login_reset.sent', outcome: 'success', entityType: 'login_reset', entityId: reset.id, serviceId: reset.serviceId, detail: { round: reset.round } }, manager);
      return true;
    });
    if (updated) await this.live.publish('reset.changed', reset.id, { serviceId: reset.serviceId, userIds: [reset.requestedById] });
  }

  private async recordAttemptFailure(reset: LoginResetEntity, message: string, final: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(LoginResetEntity, { id: reset.id }, { attempts: () => 'attempts + 1', lastError: message });
      await manager.insert(LoginResetEventEntity, { resetId: reset.id, type: 'attempt_failed', detail: final ? message : `${message}; will try again` });
    });
    await this.live.publish('reset.changed', reset.id, { serviceId: reset.serviceId, userIds: [reset.requestedById] });
  }

  /** Failed for good: the reset, a ticket for the navigators and a note to the requester commit together. */
  private async fail(reset: LoginResetEntity, message: string): Promise<void> {
    const failed = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(LoginResetEntity, { id: reset.id, status: 'queued', round: reset.round }, { status: 'failed', failedAt: () => 'now()' });
      if (!result.affected) return false;
      await manager.insert(LoginResetEventEntity, { resetId: reset.id, type: 'failed', detail: message });
      const ticket = await this.tickets.open(manager, {
        serviceId: reset.serviceId,
        reporterId: reset.requestedById,
        patientId: reset.patientId,
        category: 'login_access',
        title: 'Log-in reset could not be sent by the programme',
        description: `Navdesk asked the digital programme to send a log-in reset by ${reset.channel === 'sms' ? 'SMS' : 'email'} and it failed after ${RESET_LIMITS.attempts} attempts or was refused.\n\nLast error: ${message}\n\nCheck the programme's status, then retry the reset from Resets, or help the patient another way.`,
        origin: 'a log-in reset failed',
      });
      await manager.update(LoginResetEntity, { id: reset.id }, { ticketId: ticket.id, ticketReference: ticket.reference });
      await manager.insert(LoginResetEventEntity, { resetId: reset.id, type: 'ticket_opened', detail: `${ticket.reference} opened for the service's navigators` });
      await this.notifications.notify(manager, {
        userIds: [reset.requestedById],
        type: 'reset_failed',
        title: 'A log-in reset could not be sent',
        body: `The programme did not take a log-in reset you asked for. ${ticket.reference} is open for the navigators, who will follow it up.`,
        ticketId: ticket.id,
      });
      await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: 'login_reset.failed', outcome: 'failure', entityType: 'login_reset', entityId: reset.id, serviceId: reset.serviceId, detail: { ticket: ticket.reference } }, manager);
      return true;
    });
    if (!failed) return;
    this.logger.warn(`reset ${reset.id} failed: ${message}`);
    await this.live.publish('reset.changed', reset.id, { serviceId: reset.serviceId, userIds: [reset.requestedById] });
    await this.live.publish('notification.created', reset.id, { serviceId: null, userIds: [reset.requestedById] });
  }
}
