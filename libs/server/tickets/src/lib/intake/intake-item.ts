import type { UserPrincipal } from '@navdesk/server/access';
import type { RequestContext } from '@navdesk/server/core';
import type { TicketEntity } from '../entities/ticket.entity';
import type { RiskDetection } from '../rules';
import type { CreateTicketDto } from './create-ticket.dto';

/**
 * One POST, checked as far as it can be without the database, waiting for its batch. It carries all
 * its batch needs of its request, because the batch runs outside that request.
 */
export interface IntakeItem {
  dto: CreateTicketDto;
  reporter: UserPrincipal;
  idempotencyKey: string | null;
  /** Trimmed, and masked (ticketText), before joining the batch. */
  text: { title: string; titleMasked: string; description: string; descriptionMasked: string };
  risk: RiskDetection;
  /** The request's id and client address, for its audit row. */
  request: RequestContext;
}

/** What became of an item whose batch committed: a new ticket, or the ticket its Idempotency-Key already names. */
export type IntakeOutcome = { kind: 'created'; ticket: TicketEntity } | { kind: 'replayed'; ticketId: string };
