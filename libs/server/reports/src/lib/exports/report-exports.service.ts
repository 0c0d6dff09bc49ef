import { GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReportExportView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, InvalidInputException, OutboxWriter, RetryLaterException, type AppConfig } from '@navdesk/server/core';
import { ReportExportEntity } from '../entities/report-export.entity';
import { reportScope } from '../query/report-scope';
import { REPORTS, REPORTS_JOBS } from '../reports.constants';
import type { CreateReportExportDto } from '../reports.dto';
import { downloadToken, tokenMatches } from './download-token';
import { ExportDenialAudit } from './export-denial-audit';
import { ExportDownloadThrottle } from './export-download-throttle';
import { exportParamProblems } from './export-params';

/** Asking for a CSV export (built by the worker), following its progress, and downloading it by link. Every step is audited. */
@Injectable()
export class ReportExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: ExportDownloadThrottle,
    private readonly denials: ExportDenialAudit,
  ) {}

  async create(dto: CreateReportExportDto, user: UserPrincipal): Promise<{ id: string }> {
    const problems = exportParamProblems(dto.report, dto.params);
    if (problems.length) throw new InvalidInputException(problems);
    // Resolved now, with the caller's reach: the worker builds exactly what this person may see.
    const scope = reportScope(user, dto.params);
    const row = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(ReportExportEntity, { requestedById: user.userId, report: dto.report, params: { ...dto.params, from: scope.from, to: scope.to }, serviceIds: scope.serviceIds, status: 'queued' });
      await manager.insert(ReportExportEntity, created);
      await this.outbox.enqueue(manager, REPORTS, REPORTS_JOBS.buildExport, { exportId: created.id });
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
      ...(live && row.expiresAt ? { downloadUrl: `/api/reports/exports/${row.id}/download/${downloadToken(this.config.EXPORT_LINK_SECRET, row.id, row.expiresAt)}`, expiresAt: row.expiresAt.toISOString() } : {}),
      ...(row.error ? { error: row.error } : {}),
    };
  }

  /**
   * The file, for whoever holds a valid link: 404 for a wrong link, 410 once it has expired (the file is
   * deleted by then; the row stays as a tombstone for 30 days), 429 past the per-IP limit. A download
   * is audited as the link holder's, with the requester as context; denials are audited sparingly.
   */
  async download(id: string, token: string, ip: string): Promise<{ filename: string; content: string }> {
    const verdict = await this.throttle.admit(ip);
    if (!verdict.allowed) {
      await this.denials.record(ip, id, 'rate_limited');
      throw new RetryLaterException(verdict.retryAfterSeconds, 'Too many downloads from this address; try again in a minute');
    }
    const row = await this.dataSource.getRepository(ReportExportEntity).findOne({ where: { id } });
    if (!row || row.status !== 'done' || !row.expiresAt || !tokenMatches(this.config.EXPORT_LINK_SECRET, id, row.expiresAt, token)) {
      await this.denials.record(ip, id, 'bad_link');
      throw new NotFoundException('No such export');
    }
    if (row.expiresAt <= new Date() || row.content === null) {
      await this.denials.record(ip, id, 'expired');
      throw new GoneException('This download link has expired; export the report again');
    }
    await this.audit.record({
      actor: { type: 'link_holder', label: 'link holder' },
      action: 'report.export.download',
      outcome: 'success',
      entityType: 'report_export',
      entityId: id,
      detail: { report: row.report, rows: row.rows, requestedBy: row.requestedById },
    });
    return { filename: `navdesk-${row.report}-${row.params['from'] ?? ''}-to-${row.params['to'] ?? ''}.csv`, content: row.content };
  }
}
