import { Injectable, NotFoundException } from '@nestjs/common';
import type { CreatedTicket } from '@navdesk/contracts';
import { canReachService, type UserPrincipal } from '@navdesk/server/access';
import { currentRequestContext, InvalidInputException } from '@navdesk/server/core';
import { TicketViews, toTicketView } from '../query/ticket-views';
import { detectRisk, ticketText } from '../rules';
import { RISK_NOTICE } from '../tickets.constants';
import type { CreateTicketDto } from './create-ticket.dto';
import { IntakeBatchesService } from './intake-batches.service';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Raising a ticket: the ticket, its first timeline line, its triage job and its audit row are written in
 * one transaction (shared with the POSTs that arrive at the same moment: IntakeBatchesService), so Redis
 * being down neither loses nor refuses a ticket. Risk is detected here, at once, so the reporter is told
 * what to do before anything else happens.
 */
@Injectable()
export class TicketsIntakeService {
  constructor(
    private readonly batches: IntakeBatchesService,
    private readonly views: TicketViews,
  ) {}

  async create(dto: CreateTicketDto, reporter: UserPrincipal, idempotencyKey: string | undefined): Promise<{ ticket: CreatedTicket; replayed: boolean }> {
    // Every check that needs no database happens before the ticket joins a batch.
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidInputException([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 8–100 letters, digits, - or _' }]);
    }
    if (!canReachService(reporter, dto.serviceId)) throw new InvalidInputException([{ field: 'serviceId', message: 'serviceId is not one of your services' }]);
    const outcome = await this.batches.submit({
      dto,
      reporter,
      idempotencyKey: idempotencyKey ?? null,
      text: ticketText(dto.title.trim(), dto.description.trim()),
      risk: detectRisk(`${dto.title}\n${dto.description}`),
      request: currentRequestContext(),
    });
    if (outcome.kind === 'replayed') return { ticket: await this.replayed(outcome.ticketId, reporter), replayed: true };

    const { ticket } = outcome;
    const view = toTicketView({ t: ticket, reporterName: reporter.name, assigneeName: null, patientRef: dto.patientRef ?? null, rendition: 'original' });
    return { ticket: { ...view, riskNotice: view.riskFlag ? RISK_NOTICE : null }, replayed: false };
  }

  /** A retry is answered with the ticket as it is now (triage may have moved it on). */
  private async replayed(ticketId: string, reporter: UserPrincipal): Promise<CreatedTicket> {
    const view = await this.views.one(ticketId, reporter);
    if (!view) throw new NotFoundException('Ticket not found');
    return { ...view, riskNotice: view.riskFlag ? RISK_NOTICE : null };
  }
}
