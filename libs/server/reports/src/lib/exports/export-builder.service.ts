import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import type { ReportGrouping, ReportInterval } from '@navdesk/contracts';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { ReportExportEntity } from '../entities/report-export.entity';
import { EngagementReportService } from '../query/engagement-report.service';
import { IncidentsReportService } from '../query/incidents-report.service';
import { OperationsReportService } from '../query/operations-report.service';
import type { ReportScope } from '../query/report-scope';
import { TailoringReportService } from '../query/tailoring-report.service';
import { TrainingReportService } from '../query/training-report.service';
import { UsabilityTrendsService } from '../query/usability-trends.service';
import { exportChunks } from '../rules/export-chunks';
import { vendorPackCsv } from '../vendor/vendor-pack-csv';
import { VendorPackService } from '../vendor/vendor-pack.service';
import { engagementCsv, incidentsCsv, operationsCsv, safeCell, tailoringCsv, trainingCsv, trendsCsv, type CsvRow } from './report-csv';

interface Table {
  rows: CsvRow[];
  dataRows: number;
}

/** Builds an export's CSV in the worker, saving progress as it goes; a job run again after it is done does nothing. */
@Injectable()
export class ExportBuilderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly trends: UsabilityTrendsService,
    private readonly incidents: IncidentsReportService,
    private readonly operations: OperationsReportService,
    private readonly training: TrainingReportService,
    private readonly engagement: EngagementReportService,
    private readonly tailoring: TailoringReportService,
    private readonly vendorPack: VendorPackService,
  ) {}

  async build(exportId: string): Promise<string> {
    const repo = this.dataSource.getRepository(ReportExportEntity);
    const row = await repo.findOne({ where: { id: exportId } });
    if (!row || row.status === 'done') return 'skipped';
    await repo.update({ id: exportId }, { status: 'running', progress: 0, error: null });
    const scope: ReportScope = { from: row.params['from'] as string, to: row.params['to'] as string, serviceIds: row.serviceIds };
    const progress = (p: number) => repo.update({ id: exportId }, { progress: Math.min(99, Math.round(p)) });
    let table: Table;
    try {
      table = await this.tableOf(row, scope, progress);
    } catch (e) {
      await repo.update({ id: exportId }, { status: 'failed', error: (e as Error).message.slice(0, 500) });
      throw e;
    }
    const { rows, dataRows } = table;
    const content = stringify(rows.map((r) => r.map(safeCell)));
    const expiresAt = new Date(Date.now() + this.config.REPORT_EXPORT_TTL_MINUTES * 60_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ReportExportEntity, { id: exportId }, { status: 'done', progress: 100, rows: dataRows, content, expiresAt });
      await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: 'report.export.built', outcome: 'success', entityType: 'report_export', entityId: exportId, detail: { report: row.report, rows: dataRows } }, manager);
    });
    return `${dataRows} rows`;
  }

  private async tableOf(row: ReportExportEntity, scope: ReportScope, progress: (p: number) => Promise<unknown>): Promise<Table> {
    if (row.report === 'vendor-pack') return vendorPackCsv(await this.vendorPack.report(scope, progress));
    const rows = await this.rowsOf(row, scope, progress);
    return { rows, dataRows: rows.length - 1 };
  }

  /** A one-table report: a header row, then its data rows. */
  private async rowsOf(row: ReportExportEntity, scope: ReportScope, progress: (p: number) => Promise<unknown>): Promise<CsvRow[]> {
    switch (row.report) {
      case 'usability-trends': {
        const interval = (row.params['interval'] ?? 'week') as ReportInterval;
        const groupBy = (row.params['groupBy'] ?? 'theme') as ReportGrouping;
        const chunks = exportChunks(scope.from, scope.to, interval);
        const out: CsvRow[] = [];
        for (const [i, chunk] of chunks.entries()) {
          const part = trendsCsv(await this.trends.report({ ...scope, ...chunk }, interval, groupBy));
          out.push(...(i === 0 ? part : part.slice(1)));
          await progress(((i + 1) / chunks.length) * 100);
        }
        return out;
      }
      case 'incidents':
        return incidentsCsv(await this.incidents.report(scope, Number(row.params['limit'] ?? 50)));
      case 'operations':
        return operationsCsv(await this.operations.report(scope));
      case 'training':
        return trainingCsv(await this.training.report(scope));
      case 'engagement':
        return engagementCsv(await this.engagement.report(scope));
      case 'tailoring':
        return tailoringCsv(await this.tailoring.report(scope));
      case 'vendor-pack':
        throw new Error('The vendor pack has several tables');
    }
  }
}
