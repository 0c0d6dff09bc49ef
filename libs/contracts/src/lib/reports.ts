/**
 * Reports for managers (and navigators): aggregates only. No patient reference ever appears, and a
 * count of patients from 1 to 4 is shown as '<5' (with a second cell hidden when one alone would let
 * it be worked out from a total).
 */
import type { z } from 'zod';
import type * as s from './schemas/reports.schema';

export const REPORT_INTERVALS = ['day', 'week', 'month'] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

export const REPORT_GROUPINGS = ['theme', 'category'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export const REPORT_NAMES = ['usability-trends', 'incidents', 'operations', 'training', 'engagement', 'tailoring', 'vendor-pack'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** A count of patients: the number, or '<5' when it is 1–4 (or hidden to protect such a cell). */
export type PatientCount = z.output<typeof s.PatientCountSchema>;

export const SMALL_NUMBER_LIMIT = 5;

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/*
 * Each report's shape is its zod schema in `schemas/reports.schema.ts` (the one source of these types, the
 * server's validation and the OpenAPI document).
 */
/** Every report's window: London calendar dates (YYYY-MM-DD), `from` and `to` both inclusive. See docs/report-definitions.md. */
export type ReportWindow = Pick<UsabilityTrendsReport, 'from' | 'to' | 'serviceIds'>;
export type UsabilityTrendsReport = z.output<typeof s.UsabilityTrendsReportSchema>;
export type UsabilityTrendBucket = UsabilityTrendsReport['buckets'][number];
export type IncidentsReport = z.output<typeof s.IncidentsReportSchema>;
export type TopIncident = IncidentsReport['incidents'][number];
export type OperationsReport = z.output<typeof s.OperationsReportSchema>;
export type ServiceOperations = OperationsReport['services'][number];
export type PriorityOperations = ServiceOperations['byPriority'][number];
export type TrainingReport = z.output<typeof s.TrainingReportSchema>;
export type TrainingModuleReport = TrainingReport['modules'][number];
export type EngagementReport = z.output<typeof s.EngagementReportSchema>;
export type EngagementWeek = EngagementReport['weeks'][number];
export type TailoringReport = z.output<typeof s.TailoringReportSchema>;
export type TailoringActionReport = TailoringReport['byAction'][number];
export type ReportsOverview = z.output<typeof s.ReportsOverviewSchema>;
export type CreateReportExportRequest = z.input<typeof s.CreateReportExportRequestSchema>;
export type ReportExportCreated = z.output<typeof s.ReportExportCreatedSchema>;
export type ReportExportView = z.output<typeof s.ReportExportViewSchema>;
