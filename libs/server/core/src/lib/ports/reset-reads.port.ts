import type { EntityManager } from 'typeorm';
import type { ResetStatus } from '@navdesk/contracts';

/**
 * Reading login resets from another domain (the engagement flags and briefs). The resets domain owns
 * the table and which statuses are still in flight, and provides this port; the composition wires it.
 */
export const RESET_READS = Symbol('RESET_READS');

export interface PatientResetSummary {
  id: string;
  patientId: string;
  status: ResetStatus;
  createdAt: Date;
}

export interface ResetReads {
  /** The patients' resets still in flight or asked for after `since`, newest first, at most `limit` per patient. */
  recentForPatients(manager: EntityManager, patientIds: string[], query: { since: Date; limit: number }): Promise<PatientResetSummary[]>;
  /** Those of the patients with a reset still in flight that was asked for after `since`. */
  pendingSince(manager: EntityManager, patientIds: string[], since: Date): Promise<Set<string>>;
}
