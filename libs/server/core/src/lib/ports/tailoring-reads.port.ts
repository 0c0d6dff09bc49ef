import type { EntityManager } from 'typeorm';
import type { TailoringAction, TailoringStatus } from '@navdesk/contracts';

/**
 * Reading tailoring requests from another domain (the pre-session brief). The tailoring domain owns the
 * table and which statuses are still open, and provides this port; the composition wires it.
 */
export const TAILORING_READS = Symbol('TAILORING_READS');

export interface PatientTailoringSummary {
  id: string;
  patientId: string;
  action: TailoringAction;
  moduleId: string;
  replacementModuleId: string | null;
  status: TailoringStatus;
  decisionNote: string | null;
}

export interface TailoringReads {
  /** The patients' requests still open or touched after `since`, newest first, at most `limit` per patient. */
  recentForPatients(manager: EntityManager, patientIds: string[], query: { since: Date; limit: number }): Promise<PatientTailoringSummary[]>;
}
