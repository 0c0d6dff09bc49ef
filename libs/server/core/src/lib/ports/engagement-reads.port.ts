import type { EntityManager } from 'typeorm';

/**
 * Reading the programme's engagement events from another domain (reset completion: has the patient
 * logged in since the reset was sent?). The engagement domain owns the events and provides this port;
 * the composition (runtime) wires it. Every call takes the caller's manager, so it reads in its transaction.
 */
export const ENGAGEMENT_READS = Symbol('ENGAGEMENT_READS');

/**
 * An instant as PostgreSQL prints a `timestamptz` (`2026-03-01 09:30:00.123456+00`): to the microsecond,
 * which a JavaScript Date is not, so an instant read from one table compares exactly with another's.
 */
export type PgInstant = string;

export interface LoginAfter {
  patientId: string;
  after: PgInstant;
}

export interface EngagementReads {
  /** For each query, in order: the patient's first log-in the programme reported strictly after `after`, or null. */
  firstLoginsAfter(manager: EntityManager, queries: LoginAfter[]): Promise<(PgInstant | null)[]>;
}
