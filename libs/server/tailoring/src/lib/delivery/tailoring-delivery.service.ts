import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { programmeModuleTitle } from '@navdesk/contracts';
import { AuditService } from '@navdesk/server/audit';
import { ENGAGEMENT_REEVALUATION, SYSTEM_TICKETS, type EngagementReevaluation, type SystemTickets } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { PatientEntity } from '@navdesk/server/patients';
import { ProgrammeClient, ProgrammeRejectedError, ProgrammeUnavailableError } from '@navdesk/server/programme';
import { TailoringRequestEntity } from '../entities/tailoring-request.entity';
import { TailoringPlanService } from '../plan/tailoring-plan.service';
import { describeTailoring } from '../rules/tailoring-rules';
import { planRequestId } from '../tailoring.constants';

/** Thrown to make BullMQ try again later (its exponential backoff). */
export class RetryTailoringError extends Error {}

export type TailoringDeliveryResult = 'applied' | 'skipped' | 'failed';

/**
 * Applies one round of an approved change through the programme (with the round's request id, so a
 * retried job changes the plan once), then recomposes the patient's effective plan (the register's
 * plan with every applied change replayed) so flags and briefs use it. An outage is retried by the
 * queue; a refusal, or the last attempt, fails the request and opens a ticket for the navigators; the
 * PWP who asked is told either way.
 */
@Injectable()
export class TailoringDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programme: ProgrammeClient,
    @Inject(SYSTEM_TICKETS) private readonly tickets: SystemTickets,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
    private readonly plans: TailoringPlanService,
    @Inject(ENGAGEMENT_REEVALUATION) private readonly reevaluation: EngagementReevaluation,
  ) {}

  async apply(requestId: string, round: number, lastAttempt: boolean): Promise<TailoringDeliveryResult> {
    const request = await this.dataSource.getRepository(TailoringRequestEntity).findOne({ where: { id: requestId }, relations: { patient: true } });
    // Applied, failed or superseded by a newer round: nothing to do (the job is idempotent).
    if (!request?.patient || request.status !== 'queued' || request.round !== round) return 'skipped';
    const what = describeTailoring(request, programmeModuleTitle);
    try {
      await this.programme.changeModulePlan(request.patient.ref, { requestId: planRequestId(request.id, round), action: request.action, moduleId: request.moduleId, replacementModuleId: request.replacementModuleId });
    } catch (e) {
      if (!(e instanceof ProgrammeUnavailableError) && !(e instanceof ProgrammeRejectedError)) throw e;
      const final = lastAttempt || e instanceof ProgrammeRejectedError;
      if (!final) {
        await this.dataSource.getRepository(TailoringRequestEntity).update({ id: request.id, status: 'queued', round }, { attempts: () => 'attempts + 1', lastError: e.message });
        throw new RetryTailoringError(e.message);
      }
      await this.fail(request, what, e.message);
      return 'failed';
    }
    const applied = await this.dataSource.transaction(async (manager) => {
      // The patient's row first, as the register feed takes it, so the two serialise without deadlock.
      const patient = await manager.getRepository(PatientEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: request.patientId }).getOneOrFail();
      const result = await manager.update(TailoringRequestEntity, { id: request.id, status: 'queued', round }, { status: 'applied', appliedAt: () => 'now()', attempts: () => 'attempts + 1', lastError: null });
      if (!result.affected) return null;
      // The register's plan with every applied change replayed, this one included.
      const recomposition = await this.plans.recompose(manager, patient.id);
      await this.reevaluation.markPatients(manager, [patient.id]);
      await this.notifications.notify(manager, { userIds: [request.requestedById], type: 'tailoring_applied', title: `Tailoring applied: ${what}`, body: `The programme now has the change you asked for (${what}).` });
      await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: 'tailoring_request.applied', outcome: 'success', entityType: 'tailoring_request', entityId: request.id, serviceId: request.serviceId, detail: { round } }, manager);
      return recomposition;
    });
    if (!applied) return 'skipped';
    await this.live.publish('tailoring.changed', request.id, { serviceId: request.serviceId, userIds: [request.requestedById] });
    await this.plans.announce(applied);
    return 'applied';
  }

  private async fail(request: TailoringRequestEntity, what: string, error: string): Promise<void> {
    const failed = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(TailoringRequestEntity, { id: request.id, status: 'queued', round: request.round }, { status: 'failed', failedAt: () => 'now()', attempts: () => 'attempts + 1', lastError: error });
      if (!result.affected) return false;
      const ticket = await this.tickets.open(manager, {
        serviceId: request.serviceId,
        reporterId: request.requestedById,
        patientId: request.patientId,
        category: 'module_content',
        title: `Programme did not apply an approved tailoring change: ${what}`,
        description: `An approved change to a patient's programme plan (${what}) could not be applied: ${error}. Apply it by hand in the programme, or retry it from Tailoring in Navdesk.`,
        origin: 'a tailoring change the programme did not apply',
      });
      await manager.update(TailoringRequestEntity, { id: request.id }, { ticketId: ticket.id });
      await this.notifications.notify(manager, { userIds: [request.requestedById], type: 'tailoring_failed', title: `Tailoring not applied yet: ${what}`, body: `The programme did not take the approved change. ${ticket.reference} is open for the navigators, who will follow it up.` });
      await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: 'tailoring_request.failed', outcome: 'failure', entityType: 'tailoring_request', entityId: request.id, serviceId: request.serviceId, detail: { ticket: ticket.reference } }, manager);
      return true;
    });
    if (failed) await this.live.publish('tailoring.changed', request.id, { serviceId: request.serviceId, userIds: [request.requestedById] });
  }
}
