import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { programmeModuleTitle, type TailoringRequestView } from '@navdesk/contracts';
import { canReachService, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { ENGAGEMENT_REEVALUATION, InvalidInputException, OutboxWriter, type EngagementReevaluation } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { findReachablePatient } from '@navdesk/server/patients';
import { TailoringRequestEntity } from '../entities/tailoring-request.entity';
import { TailoringQueryService } from '../query/tailoring-query.service';
import { reasonColumns } from '../rules/reason-columns';
import { describeTailoring, tailoringProblems } from '../rules/tailoring-rules';
import { TAILORING, TAILORING_JOBS } from '../tailoring.constants';
import type { CreateTailoringDto, DecideTailoringDto } from './tailoring.dto';

const OPEN_REQUEST_INDEX = 'ux_tailoring_requests_open';

/**
 * A PWP asks; a navigator approves (queued for the programme, through the outbox) or declines, with a
 * note; the PWP is told. Decisions carry the version read, so two navigators cannot both decide.
 */
@Injectable()
export class TailoringRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
    private readonly query: TailoringQueryService,
    // The patient's brief and flags are recomposed by the engagement worker once the patient is marked.
    @Inject(ENGAGEMENT_REEVALUATION) private readonly reevaluation: EngagementReevaluation,
  ) {}

  async create(dto: CreateTailoringDto, user: UserPrincipal): Promise<TailoringRequestView> {
    const created = await this.dataSource.transaction(async (manager) => {
      const patient = await findReachablePatient(manager, dto.patientRef, user, 'patientRef');
      const problems = tailoringProblems(dto, patient.mandatoryModules);
      if (problems.length) throw new InvalidInputException(problems);
      const row = manager.create(TailoringRequestEntity, {
        patientId: patient.id,
        serviceId: patient.serviceId,
        requestedById: user.userId,
        action: dto.action,
        moduleId: dto.moduleId,
        replacementModuleId: dto.replacementModuleId ?? null,
        ...reasonColumns(dto.reason.trim()),
        status: 'pending',
      });
      try {
        await manager.insert(TailoringRequestEntity, row);
      } catch (e) {
        if (e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === OPEN_REQUEST_INDEX) throw new ConflictException(`A request about ${programmeModuleTitle(dto.moduleId)} for this patient is already open`);
        throw e;
      }
      await this.reevaluation.markPatients(manager, [patient.id]);
      await this.audit.record(
        { actor: { type: 'user', id: user.userId, label: user.email }, action: 'tailoring_request.create', outcome: 'success', entityType: 'tailoring_request', entityId: row.id, serviceId: row.serviceId, detail: { patientRef: dto.patientRef, action: dto.action, moduleId: dto.moduleId, replacementModuleId: dto.replacementModuleId ?? null } },
        manager,
      );
      return row;
    });
    await this.live.publish('tailoring.changed', created.id, { serviceId: created.serviceId, userIds: [user.userId] });
    return this.query.one(created.id, user);
  }

  async decide(id: string, dto: DecideTailoringDto, user: UserPrincipal): Promise<TailoringRequestView> {
    const decided = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockReachable(manager, id, user);
      if (row.version !== dto.version) throw new ConflictException(`This request changed since you read it (version ${row.version}, not ${dto.version}); reload it`);
      if (row.status !== 'pending') throw new ConflictException(`This request was already ${row.status === 'declined' ? 'declined' : 'approved'}`);
      const approved = dto.decision === 'approved';
      row.decision = dto.decision;
      row.status = approved ? 'queued' : 'declined';
      row.decidedById = user.userId;
      row.decisionNote = dto.note.trim();
      row.decidedAt = new Date();
      if (approved) row.round = 1;
      await manager.save(row);
      if (approved) await this.enqueue(manager, row);
      await this.reevaluation.markPatients(manager, [row.patientId]);
      const what = describeTailoring(row, programmeModuleTitle);
      await this.notifications.notify(manager, {
        userIds: [row.requestedById],
        type: 'tailoring_decided',
        title: approved ? `Tailoring approved: ${what}` : `Tailoring declined: ${what}`,
        body: approved ? `${user.name} approved your request; it is being applied to the patient's programme. Note: ${row.decisionNote}` : `${user.name} declined your request. Note: ${row.decisionNote}`,
      });
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: `tailoring_request.${dto.decision === 'approved' ? 'approve' : 'decline'}`, outcome: 'success', entityType: 'tailoring_request', entityId: row.id, serviceId: row.serviceId }, manager);
      return row;
    });
    await this.live.publish('tailoring.changed', decided.id, { serviceId: decided.serviceId, userIds: [decided.requestedById] });
    return this.query.one(decided.id, user);
  }

  /** A navigator applies a failed change again (a new round: the programme sees a new request id). */
  async retry(id: string, user: UserPrincipal): Promise<TailoringRequestView> {
    const row = await this.dataSource.transaction(async (manager) => {
      const r = await this.lockReachable(manager, id, user);
      if (r.status !== 'failed') throw new ConflictException(`Only a failed change can be retried; this one is ${r.status}`);
      r.status = 'queued';
      r.round += 1;
      r.lastError = null;
      r.failedAt = null;
      await manager.save(r);
      await this.enqueue(manager, r);
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'tailoring_request.retry', outcome: 'success', entityType: 'tailoring_request', entityId: r.id, serviceId: r.serviceId, detail: { round: r.round } }, manager);
      return r;
    });
    await this.live.publish('tailoring.changed', row.id, { serviceId: row.serviceId, userIds: [row.requestedById] });
    return this.query.one(row.id, user);
  }

  private async lockReachable(manager: EntityManager, id: string, user: UserPrincipal): Promise<TailoringRequestEntity> {
    const row = await manager.getRepository(TailoringRequestEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
    if (!row || !canReachService(user, row.serviceId) || user.role !== 'navigator') throw new NotFoundException('No such tailoring request');
    return row;
  }

  private async enqueue(manager: EntityManager, row: TailoringRequestEntity): Promise<void> {
    await this.outbox.enqueue(manager, TAILORING, TAILORING_JOBS.apply, { requestId: row.id, round: row.round });
  }
}
