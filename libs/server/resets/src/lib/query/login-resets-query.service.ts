import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuditTrailEntry, LoginResetDetail, LoginResetView, Page } from '@navdesk/contracts';
import { scopePatientQuery, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor } from '@navdesk/server/core';
import { findReachablePatient } from '@navdesk/server/patients';
import { LoginResetEventEntity } from '../entities/login-reset-event.entity';
import { LoginResetEntity } from '../entities/login-reset.entity';
import type { ListLoginResetsDto } from '../requests/login-resets.dto';
import { toResetDetail, toResetView } from './reset-views';

const RESETS_CURSOR = defineCursor(cursorPart.time, cursorPart.uuid);

/** Reading resets: scoped in the query (a PWP their own patients', a navigator their services'), audited. */
@Injectable()
export class LoginResetsQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The requester, the patient's PWP and the service's navigators may read a reset; anyone else gets 404. */
  async one(id: string, user: UserPrincipal): Promise<LoginResetDetail> {
    const qb = this.base().where('r.id = :id', { id });
    const reset = await qb
      .andWhere(`(r.requested_by_id = :me OR (r.service_id IN (:...services) AND (:role = 'navigator' OR p.pwp_id = :me)))`, { me: user.userId, services: user.serviceIds.length ? user.serviceIds : [null], role: user.role })
      .getOne();
    if (!reset) throw new NotFoundException('No such log-in reset in your caseload');
    const events = await this.dataSource.getRepository(LoginResetEventEntity).find({ where: { resetId: id }, relations: { actor: true }, order: { at: 'ASC' } });
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'login_reset.read', outcome: 'success', entityType: 'login_reset', entityId: id, serviceId: reset.serviceId, detail: { patientRef: reset.patient?.ref ?? null } });
    return toResetDetail(reset, events);
  }

  /** The audit rows about one reset, oldest first: navigators of its service only. The read is audited too. */
  async auditTrail(id: string, user: UserPrincipal): Promise<AuditTrailEntry[]> {
    const reset = await this.dataSource.getRepository(LoginResetEntity).findOne({ where: { id } });
    if (!reset || user.role !== 'navigator' || !user.serviceIds.includes(reset.serviceId)) throw new NotFoundException('No such log-in reset in your services');
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'login_reset.audit.read', outcome: 'success', entityType: 'login_reset', entityId: id, serviceId: reset.serviceId });
    const rows: { occurred_at: Date; action: string; outcome: string; actor_label: string | null; actor_type: string }[] = await this.dataSource.query(
      `SELECT occurred_at, action, outcome, actor_label, actor_type FROM audit_log WHERE entity_type = 'login_reset' AND entity_id = $1 ORDER BY id LIMIT 500`,
      [id],
    );
    return rows.map((r) => ({ at: new Date(r.occurred_at).toISOString(), action: r.action, outcome: r.outcome, actor: r.actor_label, actorType: r.actor_type }));
  }

  async list(user: UserPrincipal, query: ListLoginResetsDto): Promise<Page<LoginResetView>> {
    const qb = this.base();
    scopePatientQuery(qb, { service: 'r.service_id', pwp: 'p.pwp_id' }, user);
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.serviceId) qb.andWhere('r.service_id = :serviceId', { serviceId: query.serviceId });
    return this.page(qb, user, query.limit, query.cursor, 'login_resets.read');
  }

  /** One patient's resets, newest first (the patient page). */
  async ofPatient(ref: string, user: UserPrincipal, limit: number, cursor?: string): Promise<Page<LoginResetView>> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    return this.page(this.base().where('r.patient_id = :patientId', { patientId: patient.id }), user, limit, cursor, 'patient.login_resets.read');
  }

  private async page(qb: SelectQueryBuilder<LoginResetEntity>, user: UserPrincipal, limit: number, cursor: string | undefined, action: string): Promise<Page<LoginResetView>> {
    const after = RESETS_CURSOR.decode(cursor);
    if (after) qb.andWhere('(r.created_at, r.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit + 1).getMany();
    const page = RESETS_CURSOR.page(rows, limit, toResetView, (r) => [r.createdAt.toISOString(), r.id]);
    await this.audit.record({
      actor: { type: 'user', id: user.userId, label: user.email },
      action,
      outcome: 'success',
      entityType: 'login_reset',
      detail: { resets: page.items.length, refs: [...new Set(page.items.map((i) => i.patientRef))].join(',') },
    });
    return page;
  }

  private base(): SelectQueryBuilder<LoginResetEntity> {
    return this.dataSource.getRepository(LoginResetEntity).createQueryBuilder('r').innerJoinAndSelect('r.patient', 'p').innerJoinAndSelect('r.requestedBy', 'u');
  }
}
