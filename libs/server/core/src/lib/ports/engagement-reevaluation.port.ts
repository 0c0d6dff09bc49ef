import type { EntityManager } from 'typeorm';

/**
 * Asking the engagement worker to re-evaluate patients (their flags, summary and pre-session brief)
 * after another domain changed something they depend on (a tailoring request asked, decided or applied).
 * The engagement domain owns its work list and provides this port; the composition (runtime) wires it.
 */
export const ENGAGEMENT_REEVALUATION = Symbol('ENGAGEMENT_REEVALUATION');

export interface EngagementReevaluation {
  /** Inside the caller's transaction: marks the patients, so the mark commits (or not) with the change. */
  markPatients(manager: EntityManager, patientIds: string[]): Promise<void>;
}
