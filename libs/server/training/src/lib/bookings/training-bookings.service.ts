import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { AttendanceView, TrainingBookingView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { TrainingBookingEntity } from '../entities/training-booking.entity';
import { findReachableSession, pwpsOfService } from '../query/training-scope';
import { attendanceRefusal, bookingRefusal } from '../rules/session-rules';
import type { RecordAttendanceDto } from '../training.dto';

const isUniqueViolation = (e: unknown, constraint: string) => e instanceof QueryFailedError && (e.driverError as { code?: string; constraint?: string }).code === '23505' && (e.driverError as { constraint?: string }).constraint === constraint;

/**
 * Seats and attendance. A booking takes a seat with one conditional UPDATE (booked < capacity) in the
 * same transaction as the booking row, so concurrent bookings queue on the session row and can never
 * overfill it; a PWP's second booking hits a unique index and rolls its seat back.
 */
@Injectable()
export class TrainingBookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async book(sessionId: string, user: UserPrincipal, now = new Date()): Promise<TrainingBookingView> {
    const booking = await this.dataSource.transaction(async (manager) => {
      const session = await findReachableSession(manager, sessionId, user);
      const refusal = bookingRefusal({ ...session, booked: 0 }, now);
      if (refusal) throw new ConflictException(refusal);
      const [, taken] = (await manager.query(`UPDATE training_sessions SET booked = booked + 1 WHERE id = $1 AND booked < capacity AND cancelled_at IS NULL AND starts_at > $2`, [sessionId, now])) as [unknown, number];
      if (taken !== 1) throw new ConflictException('This session is full');
      const row = manager.create(TrainingBookingEntity, { sessionId, pwpId: user.userId, status: 'booked', cancelledAt: null });
      try {
        await manager.insert(TrainingBookingEntity, row);
      } catch (e) {
        if (isUniqueViolation(e, 'ux_training_bookings_live')) throw new ConflictException('You have already booked this session');
        throw e;
      }
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'training.booking.create', outcome: 'success', entityType: 'training_session', entityId: sessionId, serviceId: session.serviceId }, manager);
      return { row, serviceId: session.serviceId };
    });
    await this.live.publish('training.changed', sessionId, { serviceId: booking.serviceId, userIds: [user.userId] });
    return { sessionId, pwp: { id: user.userId, name: user.name }, status: 'booked', bookedAt: booking.row.createdAt.toISOString(), attendance: null };
  }

  async cancel(sessionId: string, user: UserPrincipal, now = new Date()): Promise<void> {
    const serviceId = await this.dataSource.transaction(async (manager) => {
      const session = await findReachableSession(manager, sessionId, user);
      if (session.startsAt <= now) throw new ConflictException('This session has already started; ask a navigator to change your attendance');
      // An UPDATE through TypeORM's query() answers [rows, affected].
      const [cancelled] = (await manager.query(
        `UPDATE training_bookings SET status = 'cancelled', cancelled_at = $3, updated_at = now() WHERE session_id = $1 AND pwp_id = $2 AND status = 'booked' RETURNING id`,
        [sessionId, user.userId, now],
      )) as [{ id: string }[], number];
      if (!cancelled.length) throw new NotFoundException('You have no booking on this session');
      await manager.query(`UPDATE training_sessions SET booked = booked - 1 WHERE id = $1`, [sessionId]);
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'training.booking.cancel', outcome: 'success', entityType: 'training_session', entityId: sessionId, serviceId: session.serviceId }, manager);
      return session.serviceId;
    });
    await this.live.publish('training.changed', sessionId, { serviceId, userIds: [user.userId] });
  }

  /**
   * Attendance with confidence before and after. A PWP records their own, on a session they booked;
   * a navigator records anyone of the session's service (walk-ins too). A second record replaces the first.
   */
  async recordAttendance(sessionId: string, dto: RecordAttendanceDto, user: UserPrincipal, now = new Date()): Promise<{ view: AttendanceView; created: boolean }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await findReachableSession(manager, sessionId, user);
      if (user.role === 'pwp') {
        if (dto.pwpId !== user.userId) throw new ForbiddenException('You can record only your own attendance');
        const [booked] = (await manager.query(`SELECT 1 FROM training_bookings WHERE session_id = $1 AND pwp_id = $2 AND status = 'booked'`, [sessionId, user.userId])) as unknown[];
        if (!booked) throw new ConflictException('You did not book this session; ask a navigator to record your attendance');
      } else if (!(await pwpsOfService(manager, session.serviceId, [dto.pwpId])).length) {
        throw new InvalidInputException([{ field: 'pwpId', message: 'pwpId is not a PWP of this session’s service' }]);
      }
      const refusal = attendanceRefusal(session, now);
      if (refusal) throw new ConflictException(refusal);
      const [row] = (await manager.query(
        `INSERT INTO training_attendance (session_id, pwp_id, confidence_before, confidence_after, recorded_by_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id, pwp_id) DO UPDATE SET confidence_before = EXCLUDED.confidence_before, confidence_after = EXCLUDED.confidence_after, recorded_by_id = EXCLUDED.recorded_by_id, updated_at = now()
         RETURNING updated_at, (xmax = 0) AS created`,
        [sessionId, dto.pwpId, dto.confidenceBefore, dto.confidenceAfter, user.userId],
      )) as { updated_at: Date; created: boolean }[];
      if (!row) throw new Error('attendance upsert returned nothing');
      await this.audit.record(
        { actor: { type: 'user', id: user.userId, label: user.email }, action: 'training.attendance.record', outcome: 'success', entityType: 'training_session', entityId: sessionId, serviceId: session.serviceId, detail: { pwpId: dto.pwpId, confidenceBefore: dto.confidenceBefore, confidenceAfter: dto.confidenceAfter } },
        manager,
      );
      return { row, serviceId: session.serviceId };
    });
    await this.live.publish('training.changed', sessionId, { serviceId: result.serviceId, userIds: [dto.pwpId] });
    return {
      created: result.row.created,
      view: { sessionId, pwpId: dto.pwpId, confidenceBefore: dto.confidenceBefore, confidenceAfter: dto.confidenceAfter, change: dto.confidenceAfter - dto.confidenceBefore, recordedAt: new Date(result.row.updated_at).toISOString() },
    };
  }
}
