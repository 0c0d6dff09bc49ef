import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TrainingReport } from '@navdesk/contracts';
import type { ReportScope } from './report-scope';

const mean = (sum: number, n: number) => (n ? Math.round((sum / n) * 10) / 10 : null);

/** Training for sessions held in the window: seats, bookings, attendance, confidence change per module, and core-induction coverage now. */
@Injectable()
export class TrainingReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(scope: ReportScope): Promise<TrainingReport> {
    const args = [scope.serviceIds, scope.from, scope.to];
    const inWindow = `s.service_id = ANY($1) AND s.cancelled_at IS NULL AND (s.starts_at AT TIME ZONE 'Europe/London')::date >= $2::date AND (s.starts_at AT TIME ZONE 'Europe/London')::date < $3::date`;
    const modules: { module_id: string; title: string; sessions: number; seats: number; bookings: number; attended: number; change_sum: number }[] = await this.dataSource.query(
      `SELECT m.id AS module_id, m.title, count(DISTINCT s.id)::int AS sessions, sum(s.capacity)::int AS seats,
              (SELECT count(*)::int FROM training_bookings b JOIN training_sessions s2 ON s2.id = b.session_id WHERE s2.module_id = m.id AND b.status = 'booked' AND ${inWindow.replace(/\bs\./g, 's2.')}) AS bookings,
              (SELECT count(*)::int FROM training_attendance a JOIN training_sessions s2 ON s2.id = a.session_id WHERE s2.module_id = m.id AND ${inWindow.replace(/\bs\./g, 's2.')}) AS attended,
              (SELECT coalesce(sum(a.confidence_after - a.confidence_before), 0)::int FROM training_attendance a JOIN training_sessions s2 ON s2.id = a.session_id WHERE s2.module_id = m.id AND ${inWindow.replace(/\bs\./g, 's2.')}) AS change_sum
         FROM training_sessions s JOIN training_modules m ON m.id = s.module_id WHERE ${inWindow}
        GROUP BY m.id, m.title ORDER BY m.title`,
      args,
    );
    const coverage: { service_id: string; name: string; complete: number; total: number }[] = await this.dataSource.query(
      `SELECT sv.id AS service_id, sv.name,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM training_modules cm WHERE cm.core AND (cm.service_id IS NULL OR cm.service_id = sv.id)
                   AND NOT EXISTS (SELECT 1 FROM training_attendance a JOIN training_sessions ts ON ts.id = a.session_id WHERE a.pwp_id = u.id AND ts.module_id = cm.id)))::int AS complete,
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
      attendanceRate: bookings ? Math.round((attendances / bookings) * 1000) / 10 : null,
      meanConfidenceChange: mean(sum((m) => m.change_sum), attendances),
      modules: modules.map((m) => ({ moduleId: m.module_id, title: m.title, sessions: m.sessions, attended: m.attended, meanConfidenceChange: mean(m.change_sum, m.attended) })),
      coverage: coverage.map((c) => ({ serviceId: c.service_id, serviceName: c.name, complete: c.complete, total: c.total })),
    };
  }
}
