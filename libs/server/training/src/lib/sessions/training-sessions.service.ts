import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { InvitationResult, Page, TrainingSessionDetail, TrainingSessionView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor, InvalidInputException } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import { TrainingModuleEntity } from '../entities/training-module.entity';
import { TrainingSessionEntity } from '../entities/training-session.entity';
import { findReachableSession, pwpsOfService, serviceForWrite, servicesForRead } from '../query/training-scope';
import { toTrainingSessionView, type CallerMarks } from '../query/training-views';
import type { CreateTrainingSessionDto, ListTrainingSessionsDto } from '../training.dto';
import { describeSession } from './session-wording';

const SESSIONS_CURSOR = defineCursor(cursorPart.time, cursorPart.uuid);

/** Sessions navigators schedule for a service, the lists PWPs book from, rosters and invitations. */
@Injectable()
export class TrainingSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async create(dto: CreateTrainingSessionDto, user: UserPrincipal, now = new Date()): Promise<TrainingSessionView> {
    const serviceId = serviceForWrite(user, dto.serviceId);
    const startsAt = new Date(dto.startsAt);
    if (startsAt <= now) throw new InvalidInputException([{ field: 'startsAt', message: 'startsAt must be in the future' }]);
    const session = await this.dataSource.transaction(async (manager) => {
      const module = await manager.findOne(TrainingModuleEntity, { where: { id: dto.moduleId } });
      if (!module || (module.serviceId !== null && module.serviceId !== serviceId)) throw new InvalidInputException([{ field: 'moduleId', message: 'moduleId is not a module of this service’s catalogue' }]);
      const row = manager.create(TrainingSessionEntity, {
        moduleId: module.id,
        serviceId,
        startsAt,
        durationMinutes: module.durationMinutes,
        mode: dto.mode ?? 'online',
        location: dto.location?.trim() || null,
        capacity: dto.capacity,
        booked: 0,
        cancelledAt: null,
        createdById: user.userId,
      });
      await manager.save(row);
      row.module = module;
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'training.session.create', outcome: 'success', entityType: 'training_session', entityId: row.id, serviceId, detail: { module: module.title, startsAt: dto.startsAt, capacity: dto.capacity } }, manager);
      return row;
    });
    await this.live.publish('training.changed', session.id, { serviceId, userIds: [] });
    return toTrainingSessionView(session);
  }

  async list(user: UserPrincipal, q: ListTrainingSessionsDto, now = new Date()): Promise<Page<TrainingSessionView>> {
    const services = servicesForRead(user, q.serviceId);
    const upcoming = q.when === 'upcoming';
    const qb = this.dataSource.getRepository(TrainingSessionEntity).createQueryBuilder('s').innerJoinAndSelect('s.module', 'm');
    if (user.role !== 'admin' || q.serviceId) qb.where(services.length ? 's.service_id IN (:...services)' : '1 = 0', { services });
    qb.andWhere(upcoming ? 's.starts_at > :now' : 's.starts_at <= :now', { now });
    if (q.moduleId) qb.andWhere('s.module_id = :moduleId', { moduleId: q.moduleId });
    const after = SESSIONS_CURSOR.decode(q.cursor);
    if (after) qb.andWhere(upcoming ? '(s.starts_at, s.id) > (:at, :id)' : '(s.starts_at, s.id) < (:at, :id)', { at: new Date(after[0]), id: after[1] });
    const rows = await qb.orderBy('s.starts_at', upcoming ? 'ASC' : 'DESC').addOrderBy('s.id', upcoming ? 'ASC' : 'DESC').take(q.limit + 1).getMany();
    const marks = await this.marksFor(user, rows.map((r) => r.id));
    return SESSIONS_CURSOR.page(rows, q.limit, (r) => toTrainingSessionView(r, marks.get(r.id)), (r) => [r.startsAt.toISOString(), r.id]);
  }

  async one(id: string, user: UserPrincipal): Promise<TrainingSessionDetail> {
    const session = await findReachableSession(this.dataSource.manager, id, user);
    const marks = await this.marksFor(user, [id]);
    const mine = user.role === 'pwp';
    const bookings: { pwp_id: string; name: string; status: 'booked' | 'cancelled'; booked_at: Date; before: number | null; after: number | null; recorded_at: Date | null }[] = await this.dataSource.query(
      `SELECT b.pwp_id, u.name, b.status, b.created_at AS booked_at, a.confidence_before AS before, a.confidence_after AS after, a.updated_at AS recorded_at
         FROM training_bookings b JOIN users u ON u.id = b.pwp_id
         LEFT JOIN training_attendance a ON a.session_id = b.session_id AND a.pwp_id = b.pwp_id
        WHERE b.session_id = $1 AND b.status = 'booked' ${mine ? 'AND b.pwp_id = $2' : ''}
       UNION ALL
       SELECT a.pwp_id, u.name, 'booked', a.created_at, a.confidence_before, a.confidence_after, a.updated_at
         FROM training_attendance a JOIN users u ON u.id = a.pwp_id
        WHERE a.session_id = $1 ${mine ? 'AND a.pwp_id = $2' : ''}
          AND NOT EXISTS (SELECT 1 FROM training_bookings b WHERE b.session_id = a.session_id AND b.pwp_id = a.pwp_id AND b.status = 'booked')
       ORDER BY name`,
      mine ? [id, user.userId] : [id],
    );
    const invited: { id: string; name: string }[] = mine
      ? []
      : await this.dataSource.query(`SELECT u.id, u.name FROM training_invitations i JOIN users u ON u.id = i.pwp_id WHERE i.session_id = $1 ORDER BY u.name`, [id]);
    return {
      ...toTrainingSessionView(session, marks.get(id)),
      bookings: bookings.map((b) => ({
        sessionId: id,
        pwp: { id: b.pwp_id, name: b.name },
        status: b.status,
        bookedAt: new Date(b.booked_at).toISOString(),
        attendance: b.before !== null && b.after !== null && b.recorded_at ? { confidenceBefore: b.before, confidenceAfter: b.after, recordedAt: new Date(b.recorded_at).toISOString() } : null,
      })),
      invited,
    };
  }

  /** Cancels a session that has not started; booked PWPs are told. */
  async cancel(id: string, user: UserPrincipal, now = new Date()): Promise<TrainingSessionView> {
    const session = await this.dataSource.transaction(async (manager) => {
      const s = await findReachableSession(manager, id, user, true);
      if (s.cancelledAt) throw new ConflictException('This session is already cancelled');
      if (s.startsAt <= now) throw new ConflictException('This session has already started');
      s.cancelledAt = now;
      await manager.update(TrainingSessionEntity, { id }, { cancelledAt: now });
      const booked: { pwp_id: string }[] = await manager.query(`SELECT pwp_id FROM training_bookings WHERE session_id = $1 AND status = 'booked'`, [id]);
      await this.notifications.notify(manager, { userIds: booked.map((b) => b.pwp_id), type: 'training_booking', title: `Training cancelled: ${s.module?.title ?? 'a session'}`, body: `The session on ${describeSession(s)} you booked was cancelled. Your navigators will offer another date.` });
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'training.session.cancel', outcome: 'success', entityType: 'training_session', entityId: id, serviceId: s.serviceId, detail: { booked: booked.length } }, manager);
      return s;
    });
    await this.live.publish('training.changed', id, { serviceId: session.serviceId, userIds: [] });
    return toTrainingSessionView(session);
  }

  /** Invites PWPs of the session's service; each is told once, however often they are invited. */
  async invite(id: string, pwpIds: string[], user: UserPrincipal, now = new Date()): Promise<InvitationResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const s = await findReachableSession(manager, id, user);
      if (s.cancelledAt) throw new ConflictException('This session was cancelled');
      if (s.startsAt <= now) throw new ConflictException('This session has already started');
      const wanted = [...new Set(pwpIds)];
      const known = new Set((await pwpsOfService(manager, s.serviceId, wanted)).map((p) => p.id));
      const unknown = pwpIds.findIndex((p) => !known.has(p));
      if (unknown >= 0) throw new InvalidInputException([{ field: `pwpIds[${unknown}]`, message: 'is not a PWP of this session’s service' }]);
      const bookedRows: { pwp_id: string }[] = await manager.query(`SELECT pwp_id FROM training_bookings WHERE session_id = $1 AND status = 'booked' AND pwp_id = ANY($2)`, [id, wanted]);
      const booked = new Set(bookedRows.map((b) => b.pwp_id));
      const toInvite = wanted.filter((p) => !booked.has(p));
      const inserted: { pwp_id: string }[] = toInvite.length
        ? await manager.query(`INSERT INTO training_invitations (session_id, pwp_id, invited_by_id) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING RETURNING pwp_id`, [id, toInvite, user.userId])
        : [];
      await this.notifications.notify(manager, {
        userIds: inserted.map((r) => r.pwp_id),
        type: 'training_invitation',
        title: `You are invited to training: ${s.module?.title ?? 'a session'}`,
        body: `${user.name} invited you to ${s.module?.title ?? 'a session'} on ${describeSession(s)}. Book a seat from Training in Navdesk.`,
      });
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'training.session.invite', outcome: 'success', entityType: 'training_session', entityId: id, serviceId: s.serviceId, detail: { invited: inserted.length } }, manager);
      return { invited: inserted.length, alreadyInvited: toInvite.length - inserted.length, alreadyBooked: booked.size, serviceId: s.serviceId, userIds: inserted.map((r) => r.pwp_id) };
    });
    await this.live.publish('training.changed', id, { serviceId: result.serviceId, userIds: result.userIds });
    return { invited: result.invited, alreadyInvited: result.alreadyInvited, alreadyBooked: result.alreadyBooked };
  }

  /** A PWP's own booking and invitation on each listed session. */
  private async marksFor(user: UserPrincipal, sessionIds: string[]): Promise<Map<string, CallerMarks>> {
    const marks = new Map<string, CallerMarks>();
    if (user.role !== 'pwp' || !sessionIds.length) return marks;
    const rows: { session_id: string; booked: boolean; attended: boolean; invited: boolean }[] = await this.dataSource.query(
      `SELECT s.id AS session_id,
              EXISTS (SELECT 1 FROM training_bookings b WHERE b.session_id = s.id AND b.pwp_id = $2 AND b.status = 'booked') AS booked,
              EXISTS (SELECT 1 FROM training_attendance a WHERE a.session_id = s.id AND a.pwp_id = $2) AS attended,
              EXISTS (SELECT 1 FROM training_invitations i WHERE i.session_id = s.id AND i.pwp_id = $2) AS invited
         FROM unnest($1::uuid[]) AS s(id)`,
      [sessionIds, user.userId],
    );
    for (const r of rows) marks.set(r.session_id, { myBooking: r.attended ? 'attended' : r.booked ? 'booked' : null, invitedMe: r.invited });
    return marks;
  }
}
