import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type {
  EngagementReport,
  IncidentsReport,
  OperationsReport,
  OutcomesReport,
  ReportExportCreated,
  ReportExportView,
  ReportsOverview,
  TailoringReport,
  TrainingReport,
  UsabilityTrendsReport,
  VendorPackReport,
} from '@navdesk/contracts';
import {
  EngagementReportSchema,
  IncidentsReportSchema,
  OperationsReportSchema,
  OutcomesReportSchema,
  ReportExportCreatedSchema,
  ReportExportViewSchema,
  ReportsOverviewSchema,
  TailoringReportSchema,
  TrainingReportSchema,
  UsabilityTrendsReportSchema,
  VendorPackReportSchema,
} from '@navdesk/contracts/schemas';
import { CurrentUser, Public, Roles, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { ApiAnswer, ApiErrors, uuidParam } from '@navdesk/server/core';
import { ReportExportsService } from './exports/report-exports.service';
import { OutcomesService } from './outcomes/outcomes.service';
import { EngagementReportService } from './query/engagement-report.service';
import { IncidentsReportService } from './query/incidents-report.service';
import { OperationsReportService } from './query/operations-report.service';
import { OverviewService } from './query/overview.service';
import { reportScope } from './query/report-scope';
import { TailoringReportService } from './query/tailoring-report.service';
import { TrainingReportService } from './query/training-report.service';
import { UsabilityTrendsService } from './query/usability-trends.service';
import { CreateReportExportDto, IncidentsQueryDto, OverviewQueryDto, ReportQueryDto, UsabilityTrendsQueryDto } from './reports.dto';
import { VendorPackService } from './vendor/vendor-pack.service';

/** Reports for managers and navigators: aggregates of their services only (another service is a 404), never a patient reference. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly trends: UsabilityTrendsService,
    private readonly incidents: IncidentsReportService,
    private readonly operations: OperationsReportService,
    private readonly training: TrainingReportService,
    private readonly engagement: EngagementReportService,
    private readonly tailoring: TailoringReportService,
    private readonly overviews: OverviewService,
    private readonly outcomes: OutcomesService,
    private readonly vendorPack: VendorPackService,
    private readonly exports: ReportExportsService,
    private readonly audit: AuditService,
  ) {}

  @Roles('manager', 'navigator')
  @Get('overview')
  @ApiOperation({ summary: 'This week so far against the same days of last week', description: 'A manager’s landing figures, for their services or one of them.' })
  @ApiAnswer(200, ReportsOverviewSchema)
  async overview(@Query() q: OverviewQueryDto, @CurrentUser() user: UserPrincipal): Promise<ReportsOverview> {
    return this.overviews.overview(reportScope(user, q).serviceIds);
  }

  @Roles('manager', 'navigator')
  @Get('usability-trends')
  @ApiOperation({ summary: 'Usability trends: tickets by theme or category per day, week or month' })
  @ApiAnswer(200, UsabilityTrendsReportSchema)
  usabilityTrends(@Query() q: UsabilityTrendsQueryDto, @CurrentUser() user: UserPrincipal): Promise<UsabilityTrendsReport> {
    return this.trends.report(reportScope(user, q), q.interval, q.groupBy);
  }

  @Roles('manager', 'navigator')
  @Get('incidents')
  @ApiOperation({ summary: 'The incidents with the most tickets in the window' })
  @ApiAnswer(200, IncidentsReportSchema)
  topIncidents(@Query() q: IncidentsQueryDto, @CurrentUser() user: UserPrincipal): Promise<IncidentsReport> {
    return this.incidents.report(reportScope(user, q), q.limit);
  }

  @Roles('manager', 'navigator')
  @Get('operations')
  @ApiOperation({ summary: 'Backlog, SLA and response times per service and priority' })
  @ApiAnswer(200, OperationsReportSchema)
  operationsReport(@Query() q: ReportQueryDto, @CurrentUser() user: UserPrincipal): Promise<OperationsReport> {
    return this.operations.report(reportScope(user, q));
  }

  @Roles('manager', 'navigator')
  @Get('training')
  @ApiOperation({ summary: 'Training sessions, attendance, confidence change and coverage' })
  @ApiAnswer(200, TrainingReportSchema)
  trainingReport(@Query() q: ReportQueryDto, @CurrentUser() user: UserPrincipal): Promise<TrainingReport> {
    return this.training.report(reportScope(user, q));
  }

  /** Aggregate engagement; counts of 1–4 patients read '<5'. Reading it is audited (it is derived from patient data). */
  @Roles('manager', 'navigator')
  @Get('engagement')
  @ApiOperation({ summary: 'Aggregate patient engagement (small counts shown as <5)', description: 'Audited: it is derived from patient data.' })
  @ApiAnswer(200, EngagementReportSchema)
  async engagementReport(@Query() q: ReportQueryDto, @CurrentUser() user: UserPrincipal): Promise<EngagementReport> {
    const report = await this.engagement.report(reportScope(user, q));
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'report.engagement.read', outcome: 'success', entityType: 'report', detail: { from: report.from, to: report.to, services: report.serviceIds.length } });
    return report;
  }

  @Roles('manager', 'navigator')
  @Get('tailoring')
  @ApiOperation({ summary: 'Tailoring requests by action and the modules most asked away', description: 'Audited: it is derived from patient data.' })
  @ApiAnswer(200, TailoringReportSchema)
  async tailoringReport(@Query() q: ReportQueryDto, @CurrentUser() user: UserPrincipal): Promise<TailoringReport> {
    const report = await this.tailoring.report(reportScope(user, q));
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'report.tailoring.read', outcome: 'success', entityType: 'report', detail: { from: report.from, to: report.to, services: report.serviceIds.length } });
    return report;
  }

  /**
   * The study's four barriers, this period against the one before (docs/report-definitions.md,
   * "Outcomes"). Per-PWP figures for navigators only. Audited: it is derived from patient data.
   */
  @Roles('manager', 'navigator')
  @Get('outcomes')
  @ApiOperation({ summary: 'The study’s four barriers, this period against the one before', description: 'Per-PWP figures for navigators only. Audited.' })
  @ApiAnswer(200, OutcomesReportSchema)
  async outcomesReport(@Query() q: ReportQueryDto, @CurrentUser() user: UserPrincipal): Promise<OutcomesReport> {
    const report = await this.outcomes.report(reportScope(user, q), user.role === 'navigator');
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'report.outcomes.read', outcome: 'success', entityType: 'report', detail: { from: report.from, to: report.to, services: report.serviceIds.length } });
    return report;
  }

  /**
   * The feedback pack for the programme's vendor (docs/report-definitions.md, "Vendor pack"), for the
   * printable page; the CSV is an export (`report: "vendor-pack"`). Audited: it carries masked free text.
   */
  @Roles('manager', 'navigator')
  @Get('vendor-pack')
  @ApiOperation({ summary: 'The feedback pack for the programme’s vendor', description: 'Masked text only. Audited.' })
  @ApiAnswer(200, VendorPackReportSchema)
  async vendorPackReport(@Query() q: ReportQueryDto, @CurrentUser() user: UserPrincipal): Promise<VendorPackReport> {
    const report = await this.vendorPack.report(reportScope(user, q));
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'report.vendor_pack.read', outcome: 'success', entityType: 'report', detail: { from: report.from, to: report.to, services: report.serviceIds.length } });
    return report;
  }

  /** A CSV built in the background: 202 with its id; follow it at GET /api/reports/exports/:id. */
  @Roles('manager', 'navigator')
  @Post('exports')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Export a report as CSV, built in the background', description: 'Follow it at GET /api/reports/exports/{id}.' })
  @ApiAnswer(202, ReportExportCreatedSchema, 'Queued')
  createExport(@Body() body: CreateReportExportDto, @CurrentUser() user: UserPrincipal): Promise<ReportExportCreated> {
    return this.exports.create(body, user);
  }

  @Roles('manager', 'navigator')
  @Get('exports/:id')
  @ApiOperation({ summary: 'Follow an export: its progress, then its download link' })
  @ApiAnswer(200, ReportExportViewSchema)
  exportStatus(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<ReportExportView> {
    return this.exports.status(id, user);
  }

  /**
   * The file behind an export's link: works without signing in until the link expires (410 after).
   * The one public route that serves data, so it is limited per client IP (429 with Retry-After).
   */
  @Public()
  @Get('exports/:id/download/:token')
  @ApiOperation({ summary: 'Download an export’s CSV through its link', description: 'Works without signing in until the link expires; limited per client address.' })
  @ApiProduces('text/csv')
  @ApiResponse({ status: 200, description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiErrors({ 404: 'No export behind this link (a wrong or forged token)', 410: 'The link has expired and the file is deleted', 429: 'Too many downloads from this address this minute (Retry-After)' })
  async download(@Param('id', uuidParam('id')) id: string, @Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await this.exports.download(id, token.slice(0, 200), req.ip ?? 'unknown');
    res
      .status(HttpStatus.OK)
      .set({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' })
      .send(file.content);
  }
}
