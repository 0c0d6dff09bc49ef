import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TrainingCoverage, TrainingPwp, TrainingRecord } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { TrainingSessionEntity } from '../entities/training-session.entity';
import { serviceForWrite, servicesForRead } from '../query/training-scope';
import { toTrainingSessionView } from '../query/training-views';
import { meanConfidenceChange } from '../rules/session-rules';

interface CoreModuleRow {
  id: string;
  title: string;
}

/** A PWP's training record, and the core-induction coverage of a service. */
@Injectable()
export class TrainingRecordsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A PWP's own record, or (navigators) the record of a PWP who shares one of their services. */
  async record(pwpId: string, user: UserPrincipal, now = new Date()): Promise<TrainingRecord> {
    const [pwp] = (await this.dataSource.query(
      `SELECT u.id, u.name, array_agg(us.service_id) AS services FROM users u JOIN user_services us ON us.user_id = u.id WHERE u.id = $1 AND u.role = 'pwp' GROUP BY u.id`,
      [pwpId],
    )) as { id: string; name: string; services: string[] }[];
    const shared = pwp?.services.filter((s) => user.role === 'admin' || user.serviceIds.includes(s)) ?? [];
    if (!pwp || (user.userId !== pwpId && !shared.length)) throw new NotFoundException('No such PWP');

    const sessions = this.dataSource.getRepository(TrainingSessionEntity).createQueryBuilder('s').innerJoinAndSelect('s.module', 'm');
    const upcoming = await sessions
      .clone()
      .innerJoin('training_bookings', 'b', `b.session_id = s.id AND b.pwp_id = :pwpId AND b.status = 'booked'`, { pwpId })
      .where('s.starts_at > :now AND s.cancelled_at IS NULL', { now })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    const attendance: { session_id: string; confidence_before: number; confidence_after: number }[] = await this.dataSource.query(
      `SELECT session_id, confidence_before, confidence_after FROM training_attendance WHERE pwp_id = $1`,
      [pwpId],
    );
    const attendedSessions = attendance.length ? await sessions.clone().where('s.id IN (:...ids)', { ids: attendance.map((a) => a.session_id) }).orderBy('s.starts_at', 'DESC').getMany() : [];
    const byId = new Map(attendance.map((a) => [a.session_id, a]));
    const attended = attendedSessions.map((s) => {
      const a = byId.get(s.id) as (typeof attendance)[number];
      return { session: toTrainingSessionView(s, { myBooking: 'attended', invitedMe: false }), confidenceBefore: a.confidence_before, confidenceAfter: a.confidence_after, change: a.confidence_after - a.confidence_before };
    });
    const core = await this.coreModules(pwp.services);
    const coreInduction = core.map((m) => {
      const first = attended.filter((a) => a.session.module.id === m.id).pop();
      return { moduleId: m.id, title: m.title, done: Boolean(first), attendedAt: first?.session.startsAt ?? null };
    });
    return {
      pwp: { id: pwp.id, name: pwp.name },
      upcoming: upcoming.map((s) => toTrainingSessionView(s, { myBooking: 'booked', invitedMe: false })),
      attended,
      coreInduction,
      meanConfidenceChange: meanConfidenceChange(attended),
    };
  }

  /** Who has not yet done every core-induction module (a session of it attended). */
  async coverage(serviceId: string | undefined, user: UserPrincipal): Promise<TrainingCoverage> {
    const service = serviceId ? servicesForRead(user, serviceId)[0] as string : serviceForWrite(user, undefined);
    const core = await this.coreModules([service]);
    const rows: { id: string; name: string; done: string[] | null }[] = await this.dataSource.query(
      `SELECT u.id, u.name,
              (SELECT array_agg(DISTINCT s.module_id) FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id WHERE a.pwp_id = u.id) AS done
         FROM users u JOIN user_services us ON us.user_id = u.id
        WHERE us.service_id = $1 AND u.role = 'pwp' AND u.active ORDER BY u.name`,
      [service],
    );
    const pwps = rows.map((r) => {
      const done = new Set(r.done ?? []);
      const missing = core.filter((m) => !done.has(m.id)).map((m) => m.title);
      return { id: r.id, name: r.name, done: core.filter((m) => done.has(m.id)).map((m) => m.title), missing, complete: missing.length === 0 };
    });
    return { serviceId: service, coreModules: core, pwps, completeCount: pwps.filter((p) => p.complete).length, totalCount: pwps.length };
  }

  /** PWPs of the caller's services (navigators: rosters, walk-ins, invitations, the caseload filter). */
  async pwps(serviceId: string | undefined, user: UserPrincipal): Promise<TrainingPwp[]> {
    const services = servicesForRead(user, serviceId);
    if (!services.length) return [];
    return this.dataSource.query(
      `SELECT u.id, u.name, array_agg(us.service_id ORDER BY us.service_id) AS "serviceIds"
         FROM users u JOIN user_services us ON us.user_id = u.id
        WHERE u.role = 'pwp' AND u.active AND us.service_id = ANY($1) GROUP BY u.id ORDER BY u.name`,
      [services],
    );
  }

  private coreModules(serviceIds: string[]): Promise<CoreModuleRow[]> {
    return this.dataSource.query(`SELECT id, title FROM training_modules WHERE core AND (service_id IS NULL OR service_id = ANY($1)) ORDER BY title`, [serviceIds]);
  }
}
