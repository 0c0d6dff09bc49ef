import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { TicketView, TimelineEntry } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { COMMENT_TYPES, renditionFor, type TextRendition, type TimelineAccess } from './free-text-view';

/** The row every ticket view is built from: the ticket, the names and ref it shows, and which rendition of its text. */
export interface TicketRow {
  t: TicketEntity;
  reporterName: string;
  assigneeName: string | null;
  patientRef: string | null;
  rendition: TextRendition;
}

/** The row as this reader may see it: managers get masked text and no patient ref. */
export function forViewer(user: Pick<UserPrincipal, 'role' | 'userId'>, row: TicketRow): TicketRow {
  const rendition = renditionFor(user, row.t.reporterId);
  return { ...row, rendition, patientRef: user.role === 'manager' ? null : row.patientRef };
}

/** True when the row's text is shown as typed and the typed text holds an identifier the masked rendition hides. */
export function revealsIdentifier(row: TicketRow): boolean {
  return row.rendition === 'original' && (row.t.title !== row.t.titleMasked || row.t.description !== row.t.descriptionMasked);
}

export function toTicketView(row: TicketRow): TicketView {
  const { t } = row;
  const masked = row.rendition === 'masked';
  return {
    id: t.id,
    reference: t.reference,
    kind: t.kind,
    status: t.status,
    title: masked ? t.titleMasked : t.title,
    description: masked ? t.descriptionMasked : t.description,
    textMasked: masked,
    serviceId: t.serviceId,
    reporterId: t.reporterId,
    reporterName: row.reporterName,
    patientRef: row.patientRef,
    severity: t.severity,
    category: t.category,
    theme: t.theme,
    priority: t.priority,
    slaDueAt: t.slaDueAt?.toISOString() ?? null,
    breached: t.breachedAt !== null,
    assigneeId: t.assigneeId,
    assigneeName: row.assigneeName,
    incidentId: t.incidentId,
    fixability: t.fixability,
    riskFlag: t.riskFlag,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    firstResponseAt: t.firstResponseAt?.toISOString() ?? null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    feedback:
      t.feedbackAt && t.feedbackSolved !== null && t.feedbackDisruptedTherapy !== null
        ? { solved: t.feedbackSolved, disruptedTherapy: t.feedbackDisruptedTherapy, answeredAt: t.feedbackAt.toISOString() }
        : null,
  };
}

export function toTimelineEntry(e: TicketEventEntity & { actorName?: string | null }, rendition: TextRendition): TimelineEntry {
  const body = rendition === 'masked' ? e.bodyMasked : e.body;
  return { id: e.id, at: e.at.toISOString(), type: e.type, actorId: e.actorId, actorName: e.actorName ?? null, body, field: e.field, from: e.fromValue, to: e.toValue };
}

/** Reads tickets joined with the names they show. Scoping is the caller's job (see TicketsQueryService). */
@Injectable()
export class TicketViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  base(): SelectQueryBuilder<TicketEntity> {
    return this.dataSource
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .leftJoin('t.reporter', 'reporter')
      .leftJoin('t.assignee', 'assignee')
      .leftJoin('t.patient', 'patient')
      .addSelect(['reporter.name', 'assignee.name', 'patient.ref']);
  }

  /** Rows come masked until forViewer says otherwise: a path that forgets the reader shows no identifier. */
  async many(qb: SelectQueryBuilder<TicketEntity>): Promise<TicketRow[]> {
    const rows = await qb.getMany();
    return rows.map((t) => ({ t, reporterName: t.reporter?.name ?? '', assigneeName: t.assignee?.name ?? null, patientRef: t.patient?.ref ?? null, rendition: 'masked' as const }));
  }

  async one(id: string, user: Pick<UserPrincipal, 'role' | 'userId'>): Promise<TicketView | null> {
    const [row] = await this.many(this.base().where('t.id = :id', { id }));
    return row ? toTicketView(forViewer(user, row)) : null;
  }

  /**
   * The timeline as `access` allows: managers get neither comment threads nor internal lines, and the
   * masked body of what is left. `revealsIdentifier`: a body shown as typed holds an identifier.
   */
  async timeline(ticketId: string, access: TimelineAccess): Promise<{ entries: TimelineEntry[]; revealsIdentifier: boolean }> {
    const qb = this.dataSource
      .getRepository(TicketEventEntity)
      .createQueryBuilder('e')
      .leftJoin('e.actor', 'actor')
      .addSelect(['actor.name'])
      .where('e.ticket_id = :ticketId', { ticketId })
      .orderBy('e.at', 'ASC')
      .addOrderBy('e.id', 'ASC');
    if (access !== 'everything') qb.andWhere('e.internal = false');
    if (access === 'no-comments') qb.andWhere('e.type NOT IN (:...comments)', { comments: COMMENT_TYPES });
    const events = await qb.getMany();
    const rendition: TextRendition = access === 'no-comments' ? 'masked' : 'original';
    return {
      entries: events.map((e) => toTimelineEntry({ ...e, actorName: e.actor?.name ?? null }, rendition)),
      revealsIdentifier: rendition === 'original' && events.some((e) => e.body !== e.bodyMasked),
    };
  }
}
