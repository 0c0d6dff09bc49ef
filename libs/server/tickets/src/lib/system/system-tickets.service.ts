import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter, type SystemTicketRequest, type SystemTickets } from '@navdesk/server/core';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { eventBody, ticketText } from '../rules';
import { TICKET_JOBS, TICKETS } from '../tickets.constants';

/** Tickets Navdesk opens itself: written like any other, then triaged by the same job. */
@Injectable()
export class SystemTicketsService implements SystemTickets {
  constructor(private readonly outbox: OutboxWriter) {}

  async open(manager: EntityManager, request: SystemTicketRequest): Promise<{ id: string; reference: string }> {
    const [{ n }] = (await manager.query(`SELECT nextval('ticket_reference_seq') AS n`)) as { n: string }[];
    const ticket = manager.create(TicketEntity, {
      reference: `ND-${String(n).padStart(6, '0')}`,
      serviceId: request.serviceId,
      reporterId: request.reporterId,
      kind: 'tech_support',
      status: 'new',
      ...ticketText(request.title, request.description),
      patientId: request.patientId,
      severity: 'high',
      category: request.category,
      riskFlag: false,
      idempotencyKey: null,
    });
    await manager.insert(TicketEntity, ticket);
    await manager.insert(TicketEventEntity, { ticketId: ticket.id, type: 'created', actorId: null, internal: false, ...eventBody(`Opened by Navdesk: ${request.origin}`) });
    await this.outbox.enqueue(manager, TICKETS, TICKET_JOBS.triage, { ticketId: ticket.id });
    return { id: ticket.id, reference: ticket.reference };
  }
}
