import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { programmeModuleTitle, TAILORING_ACTIONS, type TailoringReport } from '@navdesk/contracts';
import { suppressParts } from '../rules/suppression';
import type { ReportScope } from './report-scope';
import { atInWindow } from './window-sql';

/** Tailoring requests made in the window, by action and decision, and the modules most often asked away. Counts are of patients: suppressed. */
@Injectable()
export class TailoringReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(scope: ReportScope): Promise<TailoringReport> {
    const rows: { action: string; module_id: string; decision: string }[] = await this.dataSource.query(
      `SELECT action::text AS action, module_id, CASE WHEN status = 'pending' THEN 'pending' WHEN status = 'declined' THEN 'declined' ELSE 'approved' END AS decision
         FROM tailoring_requests_for_reports WHERE service_id = ANY($1) AND ${atInWindow('created_at')}`,
      [scope.serviceIds, scope.from, scope.to],
    );
    const count = (action: string, decision?: string) => rows.filter((r) => r.action === action && (!decision || r.decision === decision)).length;
    const requested = suppressParts(TAILORING_ACTIONS.map((a) => count(a))).parts;
    const byAction = TAILORING_ACTIONS.map((action, i) => {
      const parts = suppressParts([count(action, 'approved'), count(action, 'declined'), count(action, 'pending')], count(action)).parts;
      return { action, requested: requested[i] ?? 0, approved: parts[0] ?? 0, declined: parts[1] ?? 0, pending: parts[2] ?? 0 };
    });
    const away = rows.filter((r) => r.action !== 'add');
    const modules = [...new Set(away.map((r) => r.module_id))];
    const counts = modules.map((m) => away.filter((r) => r.module_id === m).length);
    const shown = suppressParts(counts).parts;
    const topSkipped = modules
      .map((moduleId, i) => ({ moduleId, title: programmeModuleTitle(moduleId), requests: shown[i] ?? 0, n: counts[i] ?? 0 }))
      .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title))
      .map(({ moduleId, title, requests }) => ({ moduleId, title, requests }));
    return { ...scope, byAction, topSkipped };
  }
}
