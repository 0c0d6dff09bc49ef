import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreatedTicket } from '@navdesk/contracts';
import { canReachService, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException, OutboxWriter } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { PatientEntity } from '@navdesk/server/patients';
import { KbArticleViewEntity } from '../entities/kb-article-view.entity';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { TicketViews, toTicketView } from '../query/ticket-views';
import { detectRisk, eventBody, ticketText } from '../rules';
import { RISK_NOTICE, TICKET_JOBS, TICKETS } from '../tickets.constants';
import type { CreateTicketDto } from './create-ticket.dto';

const UNIQUE_VIOLATION = '23505';
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Raising a ticket: the ticket, its first timeline line and its triage job are written in one
 * transaction, so Redis being down neither loses nor refuses a ticket. Risk is detected here, at once,
 * so the reporter is told what to do before anything else happens.
 */
@Injectable()
export class TicketsIntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly views: TicketViews,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async create(dto: CreateTicketDto, reporter: UserPrincipal, idempotencyKey: string | undefined): Promise<{ ticket: CreatedTicket; replayed: boolean }> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidInputException([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 8–100 letters, digits, - or _' }]);
    }
    if (!canReachService(reporter, dto.serviceId)) throw new InvalidInputException([{ field: 'serviceId', message: 'serviceId is not one of your services' }]);
    if (idempotencyKey) {
      const earlier = await this.findByKey(reporter.userId, idempotencyKey);
      if (earlier) return { ticket: await this.created(earlier, reporter), replayed: true };
    }
    const risk = detectRisk(`${dto.title}\n${dto.description}`);
    try {
      const ticket = await this.dataSource.transaction(async (manager) => {
        const patientId = dto.patientRef ? await this.patientInCaseload(manager, dto.patientRef, dto.serviceId, reporter) : null;
        const [{ n }] = (await manager.query(`SELECT nextval('ticket_reference_seq') AS n`)) as { n: string }[];
        const saved = manager.create(TicketEntity, {
            reference: `ND-${String(n).padStart(6, '0')}`,
            serviceId: dto.serviceId,
            reporterId: reporter.userId,
            kind: dto.kind,
            status: 'new',
            ...ticketText(dto.title.trim(), dto.description.trim()),
            patientId,
            severity: dto.severity ?? 'medium',
            category: dto.category ?? null,
            riskFlag: risk.flag,
            idempotencyKey: idempotencyKey ?? null,
          });
        // insert (not save): one statement; generated id, times and version come back into `saved`.
        await manager.insert(TicketEntity, saved);
        await manager.insert(TicketEventEntity, { ticketId: saved.id, type: 'created', actorId: reporter.userId, internal: false });
        await this.outbox.enqueue(manager, TICKETS, TICKET_JOBS.triage, { ticketId: saved.id });
        if (risk.flag) {
          await manager.insert(TicketEventEntity, { ticketId: saved.id, type: 'risk_flagged', actorId: null, internal: true, ...eventBody(`Matched: ${risk.matched.join(', ')}`) });
          await this.outbox.enqueue(manager, TICKETS, TICKET_JOBS.riskAlert, { ticketId: saved.id });
        }
        if (dto.draftId) await manager.update(KbArticleViewEntity, { userId: reporter.userId, draftId: dto.draftId }, { ticketId: saved.id });
        await this.audit.record(
          { actor: { type: 'user', id: reporter.userId, label: reporter.email }, action: 'ticket.create', outcome: 'success', entityType: 'ticket', entityId: saved.id, serviceId: saved.serviceId, detail: { risk: risk.flag, patient: patientId !== null } },
          manager,
        );
        return saved;
      });
      await this.live.publish('ticket.changed', ticket.id, { serviceId: ticket.serviceId, userIds: [reporter.userId] });
      const view = toTicketView({ t: ticket, reporterName: reporter.name, assigneeName: null, patientRef: dto.patientRef ?? null, rendition: 'original' });
      return { ticket: { ...view, riskNotice: view.riskFlag ? RISK_NOTICE : null }, replayed: false };
    } catch (e) {
      // Two retries racing with one key: the loser returns the winner's ticket.
      if (idempotencyKey && (e as { code?: string }).code === UNIQUE_VIOLATION) {
        const earlier = await this.findByKey(reporter.userId, idempotencyKey);
        if (earlier) return { ticket: await this.created(earlier, reporter), replayed: true };
        throw new ConflictException('A ticket with this Idempotency-Key is being created');
      }
      throw e;
    }
  }

  private async created(ticket: TicketEntity, reporter: UserPrincipal): Promise<CreatedTicket> {
    const view = await this.views.one(ticket.id, reporter);
    if (!view) throw new NotFoundException('Ticket not found');
    return { ...view, riskNotice: view.riskFlag ? RISK_NOTICE : null };
  }

  private findByKey(reporterId: string, idempotencyKey: string): Promise<TicketEntity | null> {
    return this.dataSource.getRepository(TicketEntity).findOne({ where: { reporterId, idempotencyKey } });
  }

  /** A PWP may name only their own patients; a navigator, patients of the ticket's service. */
  private async patientInCaseload(manager: EntityManager, ref: string, serviceId: string, reporter: UserPrincipal): Promise<string> {
    const patient = await manager.findOne(PatientEntity, { where: { ref, serviceId } });
    const allowed = patient && (reporter.role === 'navigator' || (reporter.role === 'pwp' && patient.pwpId === reporter.userId));
    if (!patient || !allowed) throw new InvalidInputException([{ field: 'patientRef', message: 'patientRef is not a patient in your caseload for this service' }]);
    return patient.id;
  }
}
