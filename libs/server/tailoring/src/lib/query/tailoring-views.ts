import { programmeModuleTitle, type TailoringRequestView } from '@navdesk/contracts';
import type { TailoringRequestEntity } from '../entities/tailoring-request.entity';

/** Loaded with patient, requestedBy and decidedBy; the ticket reference comes from a join. */
export function toTailoringRequestView(r: TailoringRequestEntity, ticket: { id: string; reference: string } | null = null): TailoringRequestView {
  if (!r.patient || !r.requestedBy) throw new Error(`tailoring request ${r.id} loaded without its patient or requester`);
  return {
    id: r.id,
    patientRef: r.patient.ref,
    serviceId: r.serviceId,
    action: r.action,
    moduleId: r.moduleId,
    moduleTitle: programmeModuleTitle(r.moduleId),
    replacementModuleId: r.replacementModuleId,
    replacementModuleTitle: r.replacementModuleId ? programmeModuleTitle(r.replacementModuleId) : null,
    reason: r.reason,
    status: r.status,
    requestedBy: { id: r.requestedBy.id, name: r.requestedBy.name },
    createdAt: r.createdAt.toISOString(),
    decidedBy: r.decidedBy ? { id: r.decidedBy.id, name: r.decidedBy.name } : null,
    decisionNote: r.decisionNote,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    appliedAt: r.appliedAt?.toISOString() ?? null,
    mootAt: r.mootAt?.toISOString() ?? null,
    mootReason: r.mootReason,
    attempts: r.attempts,
    lastError: r.lastError,
    ticket,
    version: r.version,
  };
}
