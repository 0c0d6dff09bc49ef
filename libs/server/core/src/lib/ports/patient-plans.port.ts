import type { EntityManager } from 'typeorm';

/**
 * Recomposing a patient's effective programme plan (the register's plan with the applied tailoring on
 * top). The register (engagement domain) sets the base; the tailoring domain owns the changes and
 * provides this port; the composition (runtime) wires the two together.
 */
export const PATIENT_PLANS = Symbol('PATIENT_PLANS');

export interface PlanRecomposition {
  serviceId: string;
  /** The effective plan now stored on the patient. */
  plan: string[];
  /** Tailoring requests found moot for the first time by this recomposition (their navigators were told). */
  mootRequests: { id: string; requestedById: string }[];
}

export interface PatientPlans {
  /**
   * Inside the caller's transaction, which must already hold the patient's row lock: writes the
   * effective plan, records newly moot changes and notifies through the outbox.
   */
  recompose(manager: EntityManager, patientId: string): Promise<PlanRecomposition>;
  /** After the commit: tells live pages that the moot requests changed. */
  announce(recomposition: PlanRecomposition): Promise<void>;
}
