import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OPEN_TICKET_STATUSES, PRIORITIES, type OperationsReport, type Priority, type PriorityOperations, type ServiceOperations } from '@navdesk/contracts';
import { percent } from '../rules/figure-math';
import type { ReportScope } from './report-scope';
import { dayInWindow } from './window-sql';

interface OpsRow {
  service_id: string;
  priority: string;
  tickets: number;
  resolved: number;
  sla_met: number;
  median_first_response: number | null;
  median_resolution: number | null;
}


const OPS_SQL = `WITH r AS (SELECT * FROM report_ticket_ops_daily WHERE service_id = ANY($1) AND ${dayInWindow('day')}),
       agg AS (SELECT service_id, priority, sum(tickets)::int AS tickets, sum(resolved)::int AS resolved, sum(sla_met)::int AS sla_met FROM r GROUP BY 1, 2),
       fr AS (SELECT service_id, priority, percentile_cont(0.5) WITHIN GROUP (ORDER BY m) AS med FROM r, unnest(r.first_response_minutes) m GROUP BY 1, 2),
       rs AS (SELECT service_id, priority, percentile_cont(0.5) WITHIN GROUP (ORDER BY m) AS med FROM r, unnest(r.resolution_minutes) m GROUP BY 1, 2)
       SELECT agg.*, fr.med AS median_first_response, rs.med AS median_resolution FROM agg LEFT JOIN fr USING (service_id, priority) LEFT JOIN rs USING (service_id, priority)`;

/**
 * Service operations for tickets raised in the window (from the ops rollup): SLA met and median times
 * to first response and resolution by priority; the backlog is what is open now. Definitions: README
 * "Reports" and docs/report-definitions.md.
 */
@Injectable()
export class OperationsReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Tickets raised in the window that are resolved, and of those resolved within their SLA: the counts behind slaMetPercent. */
  async slaTotals(scope: ReportScope): Promise<{ resolved: number; slaMet: number }> {
    if (!scope.serviceIds.length) return { resolved: 0, slaMet: 0 };
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(sum(resolved), 0)::int AS resolved, coalesce(sum(sla_met), 0)::int AS sla_met FROM report_ticket_ops_daily WHERE service_id = ANY($1) AND ${dayInWindow('day')}`,
      [scope.serviceIds, scope.from, scope.to],
    )) as { resolved: number; sla_met: number }[];
    return { resolved: row?.resolved ?? 0, slaMet: row?.sla_met ?? 0 };
  }

  async report(scope: ReportScope): Promise<OperationsReport> {
    if (!scope.serviceIds.length) return { ...scope, services: [] };
    const rows: OpsRow[] = await this.dataSource.query(OPS_SQL, [scope.serviceIds, scope.from, scope.to]);
    const backlog: { service_id: string; priority: string; open: number }[] = await this.dataSource.query(
      `SELECT service_id, coalesce(priority::text, 'none') AS priority, count(*)::int AS open FROM tickets_for_reports
        WHERE service_id = ANY($1) AND status = ANY($2::ticket_status[]) GROUP BY 1, 2`,
      [scope.serviceIds, OPEN_TICKET_STATUSES],
    );
    const services: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM services WHERE id = ANY($1) ORDER BY name`, [scope.serviceIds]);
    return {
      ...scope,
      services: services.map((s): ServiceOperations => {
        const mine = rows.filter((r) => r.service_id === s.id);
        const open = backlog.filter((b) => b.service_id === s.id);
        const byPriority = PRIORITIES.map((priority: Priority): PriorityOperations => {
          const r = mine.find((x) => x.priority === priority);
          return {
            priority,
            resolved: r?.resolved ?? 0,
            slaMetPercent: percent(r?.sla_met ?? 0, r?.resolved ?? 0),
            medianFirstResponseMinutes: r?.median_first_response ?? null,
            medianResolutionMinutes: r?.median_resolution ?? null,
            backlog: open.find((b) => b.priority === priority)?.open ?? 0,
          };
        });
        const resolved = mine.reduce((n, r) => n + r.resolved, 0);
        return {
          serviceId: s.id,
          serviceName: s.name,
          backlog: open.reduce((n, b) => n + b.open, 0),
          created: mine.reduce((n, r) => n + r.tickets, 0),
          resolved,
          slaMetPercent: percent(mine.reduce((n, r) => n + r.sla_met, 0), resolved),
          byPriority,
        };
      }),
    };
  }
}
