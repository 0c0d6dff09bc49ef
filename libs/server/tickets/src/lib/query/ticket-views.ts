import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { TicketView, TimelineEntry } from '@navdesk/contracts';
import { TicketEntity } from '../entities/ticket.entity';
import { TicketEventEntity } from '../entities/ticket-event.entity';

/** The row every ticket view is built from: the ticket plus the names and ref it shows. */
export interface TicketRow {
  t: TicketEntity;
  reporterName: string;
  assigneeName: string | null;
  patientRef: string | null;
}

export function toTicketView(row: TicketRow): TicketView {
  const { t } = row;
  return {
    id: t.id,
    reference: t.reference,
    kind: t.kind,
    status: t.status,
    title: t.title,
    description: t.description,
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

export function toTimelineEntry(e: TicketEventEntity & { actorName?: string | null }): TimelineEntry {
  return { id: e.id, at: e.at.toISOString(), type: e.type, actorId: e.actorId, actorName: e.actorName ?? null, body: e.body, field: e.field, from: e.fromValue, to: e.toValue };
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

  async many(qb: SelectQueryBuilder<TicketEntity>): Promise<TicketRow[]> {
    const rows = await qb.getMany();
    return rows.map((t) => ({ t, reporterName: t.reporter?.name ?? '', assigneeName: t.assignee?.name ?? null, patientRef: t.patient?.ref ?? null }));
  }

  async one(id: string): Promise<TicketView | null> {
    const [row] = await this.many(this.base().where('t.id = :id', { id }));
    return row ? toTicketView(row) : null;
  }

  async timeline(ticketId: string, includeInternal: boolean): Promise<TimelineEntry[]> {
    const qb = this.dataSource
      .getRepository(TicketEventEntity)
      .createQueryBuilder('e')
      .leftJoin('e.actor', 'actor')
      .addSelect(['actor.name'])
      .where('e.ticket_id = :ticketId', { ticketId })
      .orderBy('e.at', 'ASC')
      .addOrderBy('e.id', 'ASC');
    if (!includeInternal) qb.andWhere('e.internal = false');
    const events = await qb.getMany();
    return events.map((e) => toTimelineEntry({ ...e, actorName: e.actor?.name ?? null }));
  }
}
