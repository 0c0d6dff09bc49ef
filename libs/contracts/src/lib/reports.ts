/**
 * Reports for managers (and navigators): aggregates only. No patient reference ever appears, and a
 * count of patients from 1 to 4 is shown as '<5' (with a second cell hidden when one alone would let
 * it be worked out from a total).
 */
import type { Priority, TicketCategory, Theme } from './tickets';

export const REPORT_INTERVALS = ['day', 'week', 'month'] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

export const REPORT_GROUPINGS = ['theme', 'category'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export const REPORT_NAMES = ['usability-trends', 'incidents', 'operations', 'training', 'engagement', 'tailoring', 'vendor-pack'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** A count of patients: the number, or '<5' when it is 1–4 (or hidden to protect such a cell). */
export type PatientCount = number | '<5';

export const SMALL_NUMBER_LIMIT = 5;

/** Every report's window: London calendar dates (YYYY-MM-DD), `from` and `to` both inclusive. See docs/report-definitions.md. */
export interface ReportWindow {
  from: string;
  to: string;
  serviceIds: string[];
}

export interface UsabilityTrendBucket {
  /** First day of the bucket (YYYY-MM-DD, London). */
  start: string;
  /** Tickets by theme or category; every key of the grouping is present. */
  counts: Record<string, number>;
  fixable: number;
  notFixable: number;
  total: number;
}

export interface UsabilityTrendsReport extends ReportWindow {
  interval: ReportInterval;
  groupBy: ReportGrouping;
  buckets: UsabilityTrendBucket[];
}

export interface TopIncident {
  id: string;
  title: string;
  serviceId: string;
  category: TicketCategory;
  theme: Theme | null;
  status: string;
  fixability: string;
  /** Tickets grouped into it within the window. */
  ticketCount: number;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface IncidentsReport extends ReportWindow {
  incidents: TopIncident[];
}

export interface PriorityOperations {
  priority: Priority;
  /** Tickets of this priority resolved in the window. */
  resolved: number;
  /** Share of those resolved within their SLA; null when none were resolved. */
  slaMetPercent: number | null;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
  /** Open now. */
  backlog: number;
}

export interface ServiceOperations {
  serviceId: string;
  serviceName: string;
  backlog: number;
  created: number;
  resolved: number;
  slaMetPercent: number | null;
  byPriority: PriorityOperations[];
}

export interface OperationsReport extends ReportWindow {
  services: ServiceOperations[];
}

export interface TrainingModuleReport {
  moduleId: string;
  title: string;
  sessions: number;
  attended: number;
  /** Mean of after − before; null when nobody rated. */
  meanConfidenceChange: number | null;
}

export interface TrainingReport extends ReportWindow {
  sessions: number;
  seatsOffered: number;
  bookings: number;
  attendances: number;
  /** Live bookings whose PWP attended, per live booking (percentage, never over 100); null with no bookings. */
  attendanceRate: number | null;
  meanConfidenceChange: number | null;
  modules: TrainingModuleReport[];
  coverage: { serviceId: string; serviceName: string; complete: number; total: number }[];
}

/** Every count here is of patients or of what patients did, so each is suppressed when small. */
export interface EngagementWeek {
  start: string;
  activePatients: PatientCount;
  modulesCompleted: PatientCount;
  flagsRaised: PatientCount;
  flagsCleared: PatientCount;
}

export interface EngagementReport extends ReportWindow {
  /** Patients of these services on the register by the window's end, or with engagement recorded in it. */
  patients: PatientCount;
  /** Patients who logged in at least once in the window. */
  activePatients: PatientCount;
  modulesCompleted: PatientCount;
  /**
   * Of the mandatory modules in those patients' plans, the share completed by the window's end
   * (percentage, never over 100); null when no plan has a mandatory module, or 1–4 patients have one.
   */
  moduleCompletionRate: number | null;
  flags: { kind: string; raised: PatientCount; cleared: PatientCount }[];
  /** Patients whose reminders were lowered, and log-in resets that ended with the patient back in. */
  notificationChanges: PatientCount;
  resetsCompleted: PatientCount;
  weeks: EngagementWeek[];
}

export interface TailoringActionReport {
  action: 'skip' | 'replace' | 'add';
  requested: PatientCount;
  approved: PatientCount;
  declined: PatientCount;
  pending: PatientCount;
}

export interface TailoringReport extends ReportWindow {
  byAction: TailoringActionReport[];
  /** Modules most often asked to be skipped or replaced. */
  topSkipped: { moduleId: string; title: string; requests: PatientCount }[];
}

/** This week so far (Monday to today, both inclusive) against the same days of last week, for a manager's landing page. */
export interface ReportsOverview {
  serviceIds: string[];
  thisWeek: { from: string; to: string };
  lastWeek: { from: string; to: string };
  figures: { key: string; label: string; thisWeek: PatientCount; lastWeek: PatientCount; betterWhen: 'up' | 'down' }[];
}

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export interface CreateReportExportRequest {
  report: ReportName;
  format: 'csv';
  /** The report's query: from, to, serviceId, and for usability trends interval and groupBy. */
  params: Record<string, string>;
}

export interface ReportExportView {
  id: string;
  report: ReportName;
  status: ExportStatus;
  /** 0–100. */
  progress: number;
  rows: number;
  createdAt: string;
  /** A link that works without signing in, until `expiresAt`. */
  downloadUrl?: string;
  expiresAt?: string;
  error?: string;
}
