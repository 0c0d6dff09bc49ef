import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IncidentsReport } from '@navdesk/contracts';
import type { ReportScope } from './report-scope';
import { atInWindow } from './window-sql';

/**
 * The incidents that drew the most tickets raised in the window: what recurs, and whether it is fixable locally.
 * Titles are the masked rendition: reports and their exports never carry an identifier.
 */
@Injectable()
export class IncidentsReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(scope: ReportScope, limit: number): Promise<IncidentsReport> {
    const rows: { id: string; title: string; service_id: string; category: string; theme: string | null; status: string; fixability: string; tickets: number; first_seen_at: Date; last_seen_at: Date }[] = await this.dataSource.query(
      `SELECT i.id, i.title_masked AS title, i.service_id, i.category::text AS category, i.theme::text AS theme, i.status::text AS status, i.fixability::text AS fixability, t.tickets, i.first_seen_at, i.last_seen_at
         FROM (SELECT incident_id, count(*)::int AS tickets FROM tickets_for_reports
                WHERE service_id = ANY($1) AND incident_id IS NOT NULL
                  AND ${atInWindow('created_at')}
                GROUP BY incident_id ORDER BY 2 DESC LIMIT $4) t
         JOIN incidents_for_reports i ON i.id = t.incident_id ORDER BY t.tickets DESC, i.title_masked`,
      [scope.serviceIds, scope.from, scope.to, limit],
    );
    return {
      ...scope,
      incidents: rows.map((r) => ({
        id: r.id,
        title: r.title,
        serviceId: r.service_id,
        category: r.category as IncidentsReport['incidents'][number]['category'],
        theme: r.theme as IncidentsReport['incidents'][number]['theme'],
        status: r.status,
        fixability: r.fixability,
        ticketCount: r.tickets,
        firstSeenAt: new Date(r.first_seen_at).toISOString(),
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
      })),
    };
  }
}
