import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreatedLoginReset, LoginResetView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { OutboxWriter, RetryLaterException } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { findReachablePatient, type PatientEntity } from '@navdesk/server/patients';
import { LoginResetEventEntity } from '../entities/login-reset-event.entity';
import { LoginResetEntity } from '../entities/login-reset.entity';
import { toResetView } from '../query/reset-views';
import { PROGRAMME, PROGRAMME_JOBS } from '../resets.constants';
import { resetRateVerdict } from '../rules/reset-rules';
import type { CreateLoginResetDto } from './login-resets.dto';

const UNIQUE_VIOLATION = '23505';
const WINDOW = `now() - interval '1 hour'`;

/**
 * Asking the programme to reset a patient's log-in. One reset per patient is under way at a time
 * (a second click returns it, and the patient gets one message); at most three are asked for in any
 * hour. The reset, its timeline line, its job and the audit row commit together, so a Redis outage
 * delays a reset but never loses one.
 */
@Injectable()
export class LoginResetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async request(dto: CreateLoginResetDto, user: UserPrincipal): Promise<CreatedLoginReset> {
    try {
      return await this.requestOnce(dto, user);
    } catch (e) {
      // Only when two requests race past the lock's absence (another api version): return the winner.
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) return this.requestOnce(dto, user);
      throw e;
    }
  }

  private async requestOnce(dto: CreateLoginResetDto, user: UserPrincipal): Promise<CreatedLoginReset> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const patient = await findReachablePatient(manager, dto.patientRef, user);
      await lockPatient(manager, patient.id);
      const active = await manager.findOne(LoginResetEntity, { where: [{ patientId: patient.id, status: 'queued' }, { patientId: patient.id, status: 'sent' }] });
      if (active) {
        await manager.insert(LoginResetEventEntity, { resetId: active.id, type: 'duplicate_request', actorId: user.userId, detail: `Asked again by ${user.name}; the reset under way was kept` });
        await this.recordAudit(manager, user, active, 'success', { duplicate: true });
        return { reset: active, duplicate: true };
      }
      await this.checkRate(manager, patient, user);
      const reset = manager.create(LoginResetEntity, { patientId: patient.id, serviceId: patient.serviceId, requestedById: user.userId, channel: dto.channel, status: 'queued', round: 1, attempts: 0 });
      await manager.insert(LoginResetEntity, reset);
      await manager.insert(LoginResetEventEntity, { resetId: reset.id, type: 'requested', actorId: user.userId, detail: `Reset by ${dto.channel === 'sms' ? 'SMS' : 'email'} asked for` });
      await this.outbox.enqueue(manager, PROGRAMME, PROGRAMME_JOBS.sendReset, { resetId: reset.id, round: 1 });
      await this.recordAudit(manager, user, reset, 'success', { duplicate: false, channel: dto.channel });
      return { reset, duplicate: false };
    });
    if (!outcome.duplicate) await this.live.publish('reset.changed', outcome.reset.id, { serviceId: outcome.reset.serviceId, userIds: [user.userId] });
    return { ...(await this.view(outcome.reset.id)), duplicate: outcome.duplicate };
  }

  /** A navigator sends a failed or expired reset again: a new round, with a fresh message. */
  async retry(id: string, user: UserPrincipal): Promise<LoginResetView> {
    const reset = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(LoginResetEntity, { where: { id }, relations: { patient: true } });
      if (!found || !user.serviceIds.includes(found.serviceId) || user.role !== 'navigator') throw new NotFoundException('No such log-in reset in your services');
      await lockPatient(manager, found.patientId);
      const current = await manager.findOneOrFail(LoginResetEntity, { where: { id }, relations: { patient: true } });
      if (current.status !== 'failed' && current.status !== 'expired') throw new ConflictException(`Only a failed or expired reset can be retried; this one is ${current.status}`);
      const active = await manager.findOne(LoginResetEntity, { where: [{ patientId: current.patientId, status: 'queued' }, { patientId: current.patientId, status: 'sent' }] });
      if (active) throw new ConflictException('Another reset for this patient is already under way');
      await this.checkRate(manager, current.patient as PatientEntity, user);
      const round = current.round + 1;
      await manager.update(LoginResetEntity, { id }, { status: 'queued', round, retriedAt: () => 'now()', lastError: null, failedAt: null, expiredAt: null, sentAt: null, expiresAt: null });
      await manager.insert(LoginResetEventEntity, { resetId: id, type: 'retried', actorId: user.userId, detail: `Sent again by ${user.name}` });
      await this.outbox.enqueue(manager, PROGRAMME, PROGRAMME_JOBS.sendReset, { resetId: id, round });
      await this.recordAudit(manager, user, current, 'success', { retry: true, round }, 'login_reset.retry');
      return current;
    });
    await this.live.publish('reset.changed', reset.id, { serviceId: reset.serviceId, userIds: [reset.requestedById] });
    return this.view(reset.id);
  }

  /** Three asked for (new or retried) in the last hour: refuse, and say when the next may go. */
  private async checkRate(manager: EntityManager, patient: PatientEntity, user: UserPrincipal): Promise<void> {
    const rows: { at: Date }[] = await manager.query(
      `SELECT created_at AS at FROM login_resets WHERE patient_id = $1 AND created_at > ${WINDOW}
        UNION ALL
       SELECT e.at FROM login_reset_events e JOIN login_resets r ON r.id = e.reset_id
        WHERE r.patient_id = $1 AND e.type = 'retried' AND e.at > ${WINDOW}`,
      [patient.id],
    );
    const [{ now }] = (await manager.query('SELECT now() AS now')) as { now: Date }[];
    const verdict = resetRateVerdict(rows.map((r) => new Date(r.at)), new Date(now));
    if (verdict.allowed) return;
    // Recorded outside the transaction, which the refusal rolls back.
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'login_reset.request', outcome: 'denied', entityType: 'patient', entityId: patient.id, serviceId: patient.serviceId, detail: { reason: 'rate_limited', patientRef: patient.ref } });
    throw new RetryLaterException(verdict.retryAfterSeconds, `This patient has had 3 log-in resets in the last hour; try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} min`);
  }

  private recordAudit(manager: EntityManager, user: UserPrincipal, reset: LoginResetEntity, outcome: 'success', detail: Record<string, string | number | boolean>, action = 'login_reset.request'): Promise<void> {
    return this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action, outcome, entityType: 'login_reset', entityId: reset.id, serviceId: reset.serviceId, detail: { ...detail, patientId: reset.patientId } }, manager);
  }

  private async view(id: string): Promise<LoginResetView> {
    const reset = await this.dataSource.getRepository(LoginResetEntity).findOneOrFail({ where: { id }, relations: { patient: true, requestedBy: true } });
    return toResetView(reset);
  }
}

/** Serialises requests for one patient (the rate count and the one-under-way rule need it). */
export async function lockPatient(manager: EntityManager, patientId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('login-reset:' || $1, 0))`, [patientId]);
}
