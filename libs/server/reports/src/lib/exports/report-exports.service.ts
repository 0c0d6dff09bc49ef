import { GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReportExportView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, InvalidInputException, OutboxWriter, type AppConfig } from '@navdesk/server/core';
import { ReportExportEntity } from '../entities/report-export.entity';
import { reportScope } from '../query/report-scope';
import { REPORTS_JOBS, REPORTS_QUEUE, type BuildExportJob } from '../reports.constants';
import type { CreateReportExportDto } from '../reports.dto';
import { downloadToken, tokenMatches } from './download-token';
import { exportParamProblems } from './export-params';

/** Asking for a CSV export (built by the worker), following its progress, and downloading it by link. Every step is audited. */
@Injectable()
export class ReportExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(dto: CreateReportExportDto, user: UserPrincipal): Promise<{ id: string }> {
    const problems = exportParamProblems(dto.report, dto.params);
    if (problems.length) throw new InvalidInputException(problems);
    // Resolved now, with the caller's reach: the worker builds exactly what this person may see.
    const scope = reportScope(user, dto.params);
    const row = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(ReportExportEntity, { requestedById: user.userId, report: dto.report, params: { ...dto.params, from: scope.from, to: scope.to }, serviceIds: scope.serviceIds, status: 'queued' });
      await manager.insert(ReportExportEntity, created);
      await this.outbox.enqueue(manager, { queue: REPORTS_QUEUE, jobName: REPORTS_JOBS.buildExport, payload: { exportId: created.id } satisfies BuildExportJob });
      await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'report.export.request', outcome: 'success', entityType: 'report_export', entityId: created.id, detail: { report: dto.report, from: scope.from, to: scope.to, services: scope.serviceIds.length } }, manager);
      return created;
    });
    return { id: row.id };
  }

  /** Only the person who asked for an export sees it. */
  async status(id: string, user: UserPrincipal): Promise<ReportExportView> {
    const row = await this.dataSource.getRepository(ReportExportEntity).findOne({ where: { id, requestedById: user.userId } });
    if (!row) throw new NotFoundException('No such export');
    const live = row.status === 'done' && row.expiresAt && row.expiresAt > new Date();
    return {
      id: row.id,
      report: row.report,
      status: row.status,
      progress: row.progress,
      rows: row.rows,
      createdAt: row.createdAt.toISOString(),
      ...(live && row.expiresAt ? { downloadUrl: `/api/reports/exports/${row.id}/download/${downloadToken(this.config.TOKEN_PEPPER, row.id, row.expiresAt)}`, expiresAt: row.expiresAt.toISOString() } : {}),
      ...(row.error ? { error: row.error } : {}),
    };
  }

  /** The file, for whoever holds a valid link; 404 for a wrong token, 410 once it has expired. */
  async download(id: string, token: string, from: string | undefined): Promise<{ filename: string; content: string }> {
    const row = await this.dataSource.getRepository(ReportExportEntity).findOne({ where: { id } });
    if (!row || row.status !== 'done' || !row.expiresAt || row.content === null || !tokenMatches(this.config.TOKEN_PEPPER, id, row.expiresAt, token)) {
      await this.audit.record({ actor: { type: 'anonymous', label: from ?? 'unknown' }, action: 'report.export.download', outcome: 'denied', entityType: 'report_export', ...(row ? { entityId: row.id } : {}) });
      throw new NotFoundException('No such export');
    }
    if (row.expiresAt <= new Date()) {
      await this.audit.record({ actor: { type: 'anonymous', label: from ?? 'unknown' }, action: 'report.export.download', outcome: 'denied', entityType: 'report_export', entityId: id, detail: { reason: 'expired' } });
      throw new GoneException('This download link has expired; export the report again');
    }
    await this.audit.record({ actor: { type: 'user', id: row.requestedById, label: `link from ${from ?? 'unknown'}` }, action: 'report.export.download', outcome: 'success', entityType: 'report_export', entityId: id, detail: { report: row.report, rows: row.rows } });
    return { filename: `navdesk-${row.report}-${row.params['from'] ?? ''}-to-${row.params['to'] ?? ''}.csv`, content: row.content };
  }
}
