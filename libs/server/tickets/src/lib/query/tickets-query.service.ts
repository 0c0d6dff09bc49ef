import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { OPEN_TICKET_STATUSES, type Page, type TicketDetail, type TicketView } from '@navdesk/contracts';
import { scopeToServices, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor } from '@navdesk/server/core';
import type { TicketEntity } from '../entities/ticket.entity';
import { timelineAccessFor } from './free-text-view';
import type { ListTicketsDto } from './list-tickets.dto';
import { forManager } from './manager-view';
import { forViewer, revealsIdentifier, TicketViews, toTicketView } from './ticket-views';

/**
 * Sort key: SLA due first, then age. A ticket not yet triaged (status new, no SLA yet) comes first so a
 * navigator sees it arrive; other tickets without an SLA come last.
 */
const DUE_KEY = `COALESCE(t.sla_due_at, CASE WHEN t.status = 'new' THEN '-infinity'::timestamptz ELSE 'infinity'::timestamptz END)`;

/** The due key (a time, or ±infinity before triage and without an SLA), then creation, then id. */
const TICKETS_CURSOR = defineCursor(cursorPart.timeOrInfinity, cursorPart.time, cursorPart.uuid);

/**
 * Reading tickets, scoped in every query: a PWP sees the tickets they reported; navigators and
 * managers their services' tickets. Managers read masked text only (see forViewer), and search it.
 * Reads that show a patient reference, or that show navigators text holding an identifier, are audited.
 */
@Injectable()
export class TicketsQueryService {
  constructor(
    private readonly views: TicketViews,
    private readonly audit: AuditService,
  ) {}

  scoped(user: UserPrincipal, scope: 'mine' | 'all' = 'all'): SelectQueryBuilder<TicketEntity> {
    const qb = this.views.base();
    if (user.role === 'admin') throw new ForbiddenException('Tickets are for PWPs, navigators and managers');
    if (user.role === 'pwp' || scope === 'mine') qb.andWhere('t.reporter_id = :me', { me: user.userId });
    return scopeToServices(qb, 't.service_id', user);
  }

  async list(user: UserPrincipal, q: ListTicketsDto): Promise<Page<TicketView>> {
    const qb = this.scoped(user, q.scope);
    if (q.status?.length) qb.andWhere('t.status IN (:...statuses)', { statuses: q.status });
    if (q.kind) qb.andWhere('t.kind = :kind', { kind: q.kind });
    if (q.category) qb.andWhere('t.category = :category', { category: q.category });
    if (q.theme) qb.andWhere('t.theme = :theme', { theme: q.theme });
    if (q.priority) qb.andWhere('t.priority = :priority', { priority: q.priority });
    if (q.serviceId) qb.andWhere('t.service_id = :serviceId', { serviceId: q.serviceId });
    if (q.breached !== undefined) qb.andWhere(q.breached ? 't.breached_at IS NOT NULL' : 't.breached_at IS NULL');
    if (q.assigneeId === 'unassigned') qb.andWhere('t.assignee_id IS NULL');
    else if (q.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: q.assigneeId });
    if (q.q?.trim()) {
      const text = `%${q.q.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      // A manager searches what they may read: an identifier in the typed text must not find its ticket.
      const [title, description] = user.role === 'manager' ? ['t.title_masked', 't.description_masked'] : ['t.title', 't.description'];
      qb.andWhere(`(t.reference ILIKE :text OR ${title} ILIKE :text OR ${description} ILIKE :text)`, { text });
    }
    const after = TICKETS_CURSOR.decode(q.cursor);
    if (after) qb.andWhere(`(${DUE_KEY}, t.created_at, t.id) > (CAST(:due AS timestamptz), CAST(:created AS timestamptz), :id)`, { due: after[0], created: after[1], id: after[2] });
    // limit, not take: the joins are many-to-one, so rows never multiply and an expression can order them.
    qb.orderBy(DUE_KEY, 'ASC').addOrderBy('t.created_at', 'ASC').addOrderBy('t.id', 'ASC').limit(q.limit + 1);
    const rows = (await this.views.many(qb)).map((r) => forViewer(user, r));
    const page = TICKETS_CURSOR.page(rows, q.limit, toTicketView, (r) => [r.t.slaDueAt?.toISOString() ?? (r.t.status === 'new' ? '-infinity' : 'infinity'), r.t.createdAt.toISOString(), r.t.id]);
    const refs = [...new Set(page.items.map((t) => t.patientRef).filter((r): r is string => r !== null))];
    const shown = new Set(page.items.map((t) => t.id));
    const unmasked = user.role === 'navigator' ? rows.filter((r) => shown.has(r.t.id) && revealsIdentifier(r)).map((r) => r.t.reference) : [];
    if (refs.length || unmasked.length) {
      await this.audit.record({
        actor: { type: 'user', id: user.userId, label: user.email },
        action: 'tickets.list.read',
        outcome: 'success',
        entityType: 'patient',
        detail: { refs: refs.join(','), ...(unmasked.length ? { unmaskedText: unmasked.join(',') } : {}) },
      });
    }
    return page;
  }

  /** One ticket the caller may see, or 404 (whether it exists elsewhere is not revealed). */
  async row(user: UserPrincipal, id: string) {
    const [row] = await this.views.many(this.scoped(user).andWhere('t.id = :id', { id }));
    if (!row) throw new NotFoundException('Ticket not found');
    return row;
  }

  async detail(user: UserPrincipal, id: string): Promise<TicketDetail> {
    const row = forViewer(user, await this.row(user, id));
    const timeline = await this.views.timeline(id, timelineAccessFor(user));
    // Reads of typed text are audited for navigators, like patient-level reads; the reporter reads their own words.
    const unmaskedText = user.role === 'navigator' && (revealsIdentifier(row) || timeline.revealsIdentifier);
    if (row.patientRef || unmaskedText) {
      await this.audit.record({
        actor: { type: 'user', id: user.userId, label: user.email },
        action: 'ticket.read',
        outcome: 'success',
        entityType: 'ticket',
        entityId: id,
        serviceId: row.t.serviceId,
        detail: { patientRef: row.patientRef, unmaskedText },
      });
    }
    const detail = { ...toTicketView(row), timeline: timeline.entries };
    return user.role === 'manager' ? forManager(detail) : detail;
  }

  static isOpen(status: TicketView['status']): boolean {
    return OPEN_TICKET_STATUSES.includes(status);
  }
}
