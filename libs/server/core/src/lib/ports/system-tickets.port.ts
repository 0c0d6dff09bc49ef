import type { EntityManager } from 'typeorm';
import type { TicketCategory } from '@navdesk/contracts';

/**
 * Opening a tech-support ticket on Navdesk's own initiative (a reset that failed for good, …).
 * Domains never import each other, so the domain that needs one injects this port and the tickets
 * domain provides it; the composition (runtime) wires the two together.
 */
export const SYSTEM_TICKETS = Symbol('SYSTEM_TICKETS');

export interface SystemTicketRequest {
  serviceId: string;
  /** The person the ticket is raised for (e.g. who asked for the reset); they follow it as its reporter. */
  reporterId: string;
  patientId: string | null;
  category: TicketCategory;
  title: string;
  description: string;
  /** Why Navdesk opened it, shown on the ticket's first timeline line. */
  origin: string;
}

export interface SystemTickets {
  /** Writes the ticket and its triage job inside the caller's transaction. */
  open(manager: EntityManager, request: SystemTicketRequest): Promise<{ id: string; reference: string }>;
}
