import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { programmeModuleTitle } from '@navdesk/contracts';
import { AuditService } from '@navdesk/server/audit';
import type { PatientPlans, PlanRecomposition } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { PatientEntity } from '@navdesk/server/patients';
import { TailoringRequestEntity } from '../entities/tailoring-request.entity';
import { composePlan } from '../rules/plan-composition';
import { describeTailoring } from '../rules/tailoring-rules';

/**
 * Keeps a patient's effective plan equal to the register's plan with the applied tailoring replayed
 * in decision order. Run on every register PUT and every applied change, under the patient's row
 * lock, so a feed never erases a navigator's decision. A change the feed made pointless is marked
 * moot once (the conditional update is the guard) and the service's navigators are told then.
 */
@Injectable()
export class TailoringPlanService implements PatientPlans {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async recompose(manager: EntityManager, patientId: string): Promise<PlanRecomposition> {
    const patient = await manager.findOneOrFail(PatientEntity, { where: { id: patientId } });
    const applied = await manager.find(TailoringRequestEntity, { where: { patientId, status: 'applied', mootAt: IsNull() }, order: { decidedAt: 'ASC', id: 'ASC' } });
    const { plan, moot } = composePlan(patient.registerMandatoryModules, applied);
    if (!sameList(plan, patient.mandatoryModules)) await manager.update(PatientEntity, { id: patient.id }, { mandatoryModules: plan });

    const mootRequests: PlanRecomposition['mootRequests'] = [];
    const navigators = moot.length ? await navigatorsOf(manager, patient.serviceId) : [];
    for (const { id, reason } of moot) {
      const marked = await manager.update(TailoringRequestEntity, { id, mootAt: IsNull() }, { mootAt: () => 'now()', mootReason: reason });
      const request = applied.find((r) => r.id === id);
      if (!marked.affected || !request) continue;
      mootRequests.push({ id, requestedById: request.requestedById });
      const what = describeTailoring(request, programmeModuleTitle);
      // Titles and bodies never name the patient: the tailoring page shows which request it is.
      await this.notifications.notify(manager, {
        userIds: navigators,
        type: 'tailoring_moot',
        title: `Tailoring no longer applies: ${what}`,
        body: `The records feed changed a patient's plan, so an approved change (${what}) no longer does anything: ${reason}. It is marked moot under Tailoring; ask the PWP whether the patient needs something else.`,
      });
      await this.audit.record({ actor: { type: 'system', label: 'register feed' }, action: 'tailoring_request.moot', outcome: 'success', entityType: 'tailoring_request', entityId: id, serviceId: request.serviceId, detail: { reason } }, manager);
    }
    return { serviceId: patient.serviceId, plan, mootRequests };
  }

  async announce(recomposition: PlanRecomposition): Promise<void> {
    for (const r of recomposition.mootRequests) await this.live.publish('tailoring.changed', r.id, { serviceId: recomposition.serviceId, userIds: [r.requestedById] });
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The service's active navigators, who look after its tailoring. */
async function navigatorsOf(manager: EntityManager, serviceId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = $1 AND u.role = 'navigator' AND u.active ORDER BY u.id`,
    [serviceId],
  );
  return rows.map((r) => r.id);
}
