import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TrainingReport } from '@navdesk/contracts';
import { mean, percent } from '../rules/figure-math';
import type { ReportScope } from './report-scope';
import { atInWindow } from './window-sql';

/**
 * Training for sessions held in the window: seats, bookings, attendance, confidence change per module,
 * and core-induction coverage now. Definitions: README "Reports" and docs/report-definitions.md.
 */
@Injectable()
export class TrainingReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(scope: ReportScope): Promise<TrainingReport> {
    const args = [scope.serviceIds, scope.from, scope.to];
    // Only live bookings count, and only attendance of a PWP who held one counts towards the rate: a
    // navigator may record someone who never booked, which must not lift the rate past 100 %.
    const modules: { module_id: string; title: string; sessions: number; seats: number; bookings: number; booked_attended: number; attended: number; change_sum: number }[] = await this.dataSource.query(
      `WITH s AS (SELECT id, module_id, capacity FROM training_sessions_for_reports WHERE service_id = ANY($1) AND cancelled_at IS NULL AND ${atInWindow('starts_at')}),
            held AS (SELECT module_id, count(*)::int AS sessions, sum(capacity)::int AS seats FROM s GROUP BY 1),
            booked AS (SELECT s.module_id, count(*)::int AS bookings, count(a.id)::int AS booked_attended FROM training_bookings_for_reports b JOIN s ON s.id = b.session_id
                        LEFT JOIN training_attendance_for_reports a ON a.session_id = b.session_id AND a.pwp_id = b.pwp_id WHERE b.status = 'booked' GROUP BY 1),
            came AS (SELECT s.module_id, count(*)::int AS attended, sum(a.confidence_after - a.confidence_before)::int AS change_sum FROM training_attendance_for_reports a JOIN s ON s.id = a.session_id GROUP BY 1)
       SELECT m.id AS module_id, m.title, held.sessions, held.seats, coalesce(booked.bookings, 0) AS bookings, coalesce(booked.booked_attended, 0) AS booked_attended,
              coalesce(came.attended, 0) AS attended, coalesce(came.change_sum, 0) AS change_sum
         FROM held JOIN training_modules_for_reports m ON m.id = held.module_id LEFT JOIN booked USING (module_id) LEFT JOIN came USING (module_id)
        ORDER BY m.title, m.id`,
      args,
    );
    const coverage: { service_id: string; name: string; complete: number; total: number }[] = await this.dataSource.query(
      `SELECT sv.id AS service_id, sv.name,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM training_modules_for_reports cm WHERE cm.core AND (cm.service_id IS NULL OR cm.service_id = sv.id)
                   AND NOT EXISTS (SELECT 1 FROM training_attendance_for_reports a JOIN training_sessions_for_reports ts ON ts.id = a.session_id WHERE a.pwp_id = u.id AND ts.module_id = cm.id)))::int AS complete,
              count(u.id)::int AS total
         FROM services sv JOIN user_services us ON us.service_id = sv.id JOIN users u ON u.id = us.user_id AND u.role = 'pwp' AND u.active
        WHERE sv.id = ANY($1) GROUP BY sv.id, sv.name ORDER BY sv.name`,
      [scope.serviceIds],
    );
    const sum = (f: (m: (typeof modules)[number]) => number) => modules.reduce((n, m) => n + f(m), 0);
    const bookings = sum((m) => m.bookings);
    const attendances = sum((m) => m.attended);
    return {
      ...scope,
      sessions: sum((m) => m.sessions),
      seatsOffered: sum((m) => m.seats),
      bookings,
      attendances,
      attendanceRate: percent(sum((m) => m.booked_attended), bookings),
      meanConfidenceChange: mean(sum((m) => m.change_sum), attendances),
      modules: modules.map((m) => ({ moduleId: m.module_id, title: m.title, sessions: m.sessions, attended: m.attended, meanConfidenceChange: mean(m.change_sum, m.attended) })),
      coverage: coverage.map((c) => ({ serviceId: c.service_id, serviceName: c.name, complete: c.complete, total: c.total })),
    };
  }
}
