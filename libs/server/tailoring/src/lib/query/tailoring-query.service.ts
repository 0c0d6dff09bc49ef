import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Page, TailoringRequestView } from '@navdesk/contracts';
import { scopePatientQuery, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor, TICKET_READS, type TicketReads } from '@navdesk/server/core';
import { findReachablePatient } from '@navdesk/server/patients';
import { TailoringRequestEntity } from '../entities/tailoring-request.entity';
import type { ListTailoringDto } from '../requests/tailoring.dto';
import { toTailoringRequestView } from './tailoring-views';

const TAILORING_CURSOR = defineCursor(cursorPart.time, cursorPart.uuid);

/** Reading tailoring requests: scoped like any patient data (a PWP their own patients, a navigator their services), and audited. */
@Injectable()
export class TailoringQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(TICKET_READS) private readonly ticketReads: TicketReads,
  ) {}

  /** Navigators: their services' requests; PWPs: the ones they made. Newest first. */
  async list(user: UserPrincipal, q: ListTailoringDto): Promise<Page<TailoringRequestView>> {
    const qb = this.base(user);
    if (user.role === 'pwp') qb.andWhere('r.requested_by_id = :me', { me: user.userId });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.serviceId) qb.andWhere('r.service_id = :serviceId', { serviceId: q.serviceId });
    const after = TAILORING_CURSOR.decode(q.cursor);
    if (after) qb.andWhere('(r.created_at, r.id) < (:at, :id)', { at: new Date(after[0]), id: after[1] });
    const rows = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').take(q.limit + 1).getMany();
    const views = await this.views(rows.slice(0, q.limit));
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'tailoring_requests.list.read', outcome: 'success', entityType: 'tailoring_request', detail: { status: q.status ?? null, returned: views.length } });
    const byId = new Map(views.map((v) => [v.id, v]));
    return TAILORING_CURSOR.page(rows, q.limit, (r) => byId.get(r.id) as TailoringRequestView, (r) => [r.createdAt.toISOString(), r.id]);
  }

  async one(id: string, user: UserPrincipal): Promise<TailoringRequestView> {
    const row = await this.base(user).andWhere('r.id = :id', { id }).getOne();
    if (!row) throw new NotFoundException('No such tailoring request');
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'tailoring_request.read', outcome: 'success', entityType: 'tailoring_request', entityId: id, serviceId: row.serviceId, detail: { patientRef: row.patient?.ref ?? null } });
    return (await this.views([row]))[0] as TailoringRequestView;
  }

  /** The patient page's list. */
  async ofPatient(ref: string, user: UserPrincipal): Promise<TailoringRequestView[]> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    const rows = await this.dataSource.getRepository(TailoringRequestEntity).find({ where: { patientId: patient.id }, relations: { patient: true, requestedBy: true, decidedBy: true }, order: { createdAt: 'DESC' }, take: 50 });
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'patient.tailoring_requests.read', outcome: 'success', entityType: 'patient', entityId: patient.id, serviceId: patient.serviceId, detail: { patientRef: ref, requests: rows.length } });
    return this.views(rows);
  }

  private base(user: UserPrincipal): SelectQueryBuilder<TailoringRequestEntity> {
    const qb = this.dataSource
      .getRepository(TailoringRequestEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.patient', 'p')
      .innerJoinAndSelect('r.requestedBy', 'rb')
      .leftJoinAndSelect('r.decidedBy', 'db');
    return scopePatientQuery(qb, { service: 'r.service_id', pwp: 'p.pwp_id' }, user);
  }

  private async views(rows: TailoringRequestEntity[]): Promise<TailoringRequestView[]> {
    const ticketIds = rows.map((r) => r.ticketId).filter((id): id is string => Boolean(id));
    const references = await this.ticketReads.references(this.dataSource.manager, ticketIds);
    return rows.map((r) => {
      const reference = r.ticketId ? references.get(r.ticketId) : undefined;
      return toTailoringRequestView(r, r.ticketId && reference ? { id: r.ticketId, reference } : null);
    });
  }
}
