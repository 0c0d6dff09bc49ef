import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@navdesk/server/core';
import { MailTransportModule } from '@navdesk/server/mail';
import { WeeklyDigestService } from './digest/weekly-digest.service';
import { ExportBuilderService } from './exports/export-builder.service';
import { ExportDenialAudit } from './exports/export-denial-audit';
import { ExportDownloadThrottle } from './exports/export-download-throttle';
import { ExportPurgeService } from './exports/export-purge.service';
import { ReportExportsService } from './exports/report-exports.service';
import { ConfidenceOutcomeService } from './outcomes/confidence-outcome.service';
import { FlexibilityOutcomeService } from './outcomes/flexibility-outcome.service';
import { FunctionalityOutcomeService } from './outcomes/functionality-outcome.service';
import { OutcomesService } from './outcomes/outcomes.service';
import { TimeOutcomeService } from './outcomes/time-outcome.service';
import { EngagementReportService } from './query/engagement-report.service';
import { IncidentsReportService } from './query/incidents-report.service';
import { OperationsReportService } from './query/operations-report.service';
import { OverviewService } from './query/overview.service';
import { TailoringReportService } from './query/tailoring-report.service';
import { TrainingReportService } from './query/training-report.service';
import { UsabilityTrendsService } from './query/usability-trends.service';
import { REPORTS_JOB_OPTIONS, REPORTS_QUEUE } from './reports.constants';
import { ReportsController } from './reports.controller';
import { ReportsProcessor } from './reports.processor';
import { TicketRollupService } from './rollup/ticket-rollup.service';
import { VendorPackService } from './vendor/vendor-pack.service';

/**
 * Reports are a read model: their SQL names only their own tables (report_*), the shared kernel's
 * (services, users, patients, …) and the `*_for_reports` views the domains publish (each domain's
 * `reads/report-views.ts`), never a domain's table: the table-ownership test holds it.
 */
const REPORT_QUERIES = [UsabilityTrendsService, IncidentsReportService, OperationsReportService, TrainingReportService, EngagementReportService, TailoringReportService, OverviewService, VendorPackService];

/** The Outcomes report: one query per barrier, and the report that puts them together. */
const OUTCOME_QUERIES = [FunctionalityOutcomeService, TimeOutcomeService, FlexibilityOutcomeService, ConfidenceOutcomeService, OutcomesService];

/** api side: the reports (read from the rollups) and exports asked for. */
@Module({
  imports: [OutboxModule],
  controllers: [ReportsController],
  providers: [...REPORT_QUERIES, ...OUTCOME_QUERIES, ReportExportsService, ExportDownloadThrottle, ExportDenialAudit],
})
export class ReportsApiModule {}

/** worker side: keeping the rollups, building exports, the Monday digest. */
@Module({
  imports: [BullModule.registerQueue({ name: REPORTS_QUEUE, defaultJobOptions: REPORTS_JOB_OPTIONS }), MailTransportModule],
  providers: [...REPORT_QUERIES, TicketRollupService, ExportBuilderService, ExportPurgeService, WeeklyDigestService, ReportsProcessor],
  exports: [TicketRollupService, ExportPurgeService],
})
export class ReportsWorkerModule {}
