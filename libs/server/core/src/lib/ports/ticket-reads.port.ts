import type { EntityManager } from 'typeorm';
import type { Theme, TicketCategory, TicketKind, TicketStatus } from '@navdesk/contracts';

/**
 * Reading tickets from another domain (a patient's open tickets, a ticket's reference, questions by
 * theme). The tickets domain owns the table and its list of open statuses and provides this port; the
 * composition (runtime) wires it. Every call takes the caller's manager, so it reads in its transaction.
 */
export const TICKET_READS = Symbol('TICKET_READS');

export interface OpenPatientTicket {
  id: string;
  patientId: string;
  reference: string;
  title: string;
  kind: TicketKind;
  status: TicketStatus;
  category: TicketCategory | null;
  createdAt: Date;
}

export interface ThemedTicket {
  id: string;
  reference: string;
  title: string;
  description: string;
  category: TicketCategory | null;
  reporterId: string;
  createdAt: Date;
}

/** One service's open tickets past their SLA (service code: not patient data, and stable across databases). */
export interface ServiceSlaBreaches {
  serviceCode: string;
  breached: number;
}

export interface TicketReads {
  /** The patients' open tickets (of one kind, if named), newest first, at most `limit` per patient. */
  openForPatients(manager: EntityManager, patientIds: string[], filter: { kind?: TicketKind; limit: number }): Promise<OpenPatientTicket[]>;
  /** Ticket id → its reference (ND-…), for the ids that exist. */
  references(manager: EntityManager, ticketIds: string[]): Promise<Map<string, string>>;
  /** Tickets of the services given this theme, raised since `since`, newest first. */
  raisedWithTheme(manager: EntityManager, query: { serviceIds: string[]; theme: Theme; since: Date }): Promise<ThemedTicket[]>;
  /** Every service (0 included) with its open tickets past their SLA at `now` (the worker's metrics). */
  slaBreachesByService(manager: EntityManager, now: Date): Promise<ServiceSlaBreaches[]>;
}
