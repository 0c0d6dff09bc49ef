import { z } from 'zod';
import { FLAG_KINDS } from '../engagement';
import { EXPORT_STATUSES, REPORT_GROUPINGS, REPORT_INTERVALS, REPORT_NAMES } from '../reports';
import { PRIORITIES, THEMES, TICKET_CATEGORIES } from '../tickets';
import { isoDate, isoDateTime } from './common.schema';

const obj = z.strictObject;

export const PatientCountSchema = z
  .union([z.int().min(0), z.literal('<5')])
  .meta({ id: 'PatientCount', description: 'A count of patients: the number, or "<5" when it is 1–4 (or hidden to protect such a cell)' });

/** Every report's window: London calendar dates, `from` and `to` both inclusive, and the services it covers. */
export const reportWindowShape = {
  from: isoDate().meta({ description: 'First London day, inclusive' }),
  to: isoDate().meta({ description: 'Last London day, inclusive' }),
  serviceIds: z.array(z.guid()),
};

export const UsabilityTrendsReportSchema = obj({
  ...reportWindowShape,
  interval: z.enum(REPORT_INTERVALS),
  groupBy: z.enum(REPORT_GROUPINGS),
  buckets: z.array(
    obj({
      start: isoDate().meta({ description: 'First day of the bucket (London)' }),
      counts: z.record(z.string(), z.int()).meta({ description: 'Tickets by theme or category; every key of the grouping is present' }),
      fixable: z.int(),
      notFixable: z.int(),
      total: z.int(),
    }),
  ),
}).meta({ id: 'UsabilityTrendsReport' });

export const IncidentsReportSchema = obj({
  ...reportWindowShape,
  incidents: z.array(
    obj({
      id: z.guid(),
      title: z.string(),
      serviceId: z.guid(),
      category: z.enum(TICKET_CATEGORIES),
      theme: z.enum(THEMES).nullable(),
      status: z.string(),
      fixability: z.string(),
      ticketCount: z.int().meta({ description: 'Tickets grouped into it within the window' }),
      firstSeenAt: isoDateTime(),
      lastSeenAt: isoDateTime(),
    }),
  ),
}).meta({ id: 'IncidentsReport' });

const priorityOperations = obj({
  priority: z.enum(PRIORITIES),
  resolved: z.int().meta({ description: 'Tickets of this priority resolved in the window' }),
  slaMetPercent: z.number().nullable().meta({ description: 'Share of those resolved within their SLA; null when none were resolved' }),
  medianFirstResponseMinutes: z.number().nullable(),
  medianResolutionMinutes: z.number().nullable(),
  backlog: z.int().meta({ description: 'Open now' }),
});

export const OperationsReportSchema = obj({
  ...reportWindowShape,
  services: z.array(
    obj({ serviceId: z.guid(), serviceName: z.string(), backlog: z.int(), created: z.int(), resolved: z.int(), slaMetPercent: z.number().nullable(), byPriority: z.array(priorityOperations) }),
  ),
}).meta({ id: 'OperationsReport' });

export const TrainingReportSchema = obj({
  ...reportWindowShape,
  sessions: z.int(),
  seatsOffered: z.int(),
  bookings: z.int(),
  attendances: z.int(),
  attendanceRate: z.number().nullable().meta({ description: 'Live bookings whose PWP attended, per live booking (percentage, never over 100); null with no bookings' }),
  meanConfidenceChange: z.number().nullable(),
  modules: z.array(obj({ moduleId: z.string(), title: z.string(), sessions: z.int(), attended: z.int(), meanConfidenceChange: z.number().nullable().meta({ description: 'Mean of after − before; null when nobody rated' }) })),
  coverage: z.array(obj({ serviceId: z.guid(), serviceName: z.string(), complete: z.int(), total: z.int() })),
}).meta({ id: 'TrainingReport' });

export const EngagementReportSchema = obj({
  ...reportWindowShape,
  patients: PatientCountSchema.meta({ description: 'Patients of these services on the register by the window’s end, or with engagement recorded in it' }),
  activePatients: PatientCountSchema,
  modulesCompleted: PatientCountSchema,
  moduleCompletionRate: z.number().nullable().meta({ description: 'Of the mandatory modules in those patients’ plans, the share completed by the window’s end (percentage); null when no plan has one, or 1–4 patients have one' }),
  flags: z.array(obj({ kind: z.enum(FLAG_KINDS), raised: PatientCountSchema, cleared: PatientCountSchema })),
  notificationChanges: PatientCountSchema,
  resetsCompleted: PatientCountSchema,
  weeks: z.array(obj({ start: isoDate(), activePatients: PatientCountSchema, modulesCompleted: PatientCountSchema, flagsRaised: PatientCountSchema, flagsCleared: PatientCountSchema })),
}).meta({ id: 'EngagementReport', description: 'Every count here is of patients or of what patients did, so each is suppressed when small' });

export const TailoringReportSchema = obj({
  ...reportWindowShape,
  byAction: z.array(obj({ action: z.enum(['skip', 'replace', 'add']), requested: PatientCountSchema, approved: PatientCountSchema, declined: PatientCountSchema, pending: PatientCountSchema })),
  topSkipped: z.array(obj({ moduleId: z.string(), title: z.string(), requests: PatientCountSchema })).meta({ description: 'Modules most often asked to be skipped or replaced' }),
}).meta({ id: 'TailoringReport' });

export const ReportsOverviewSchema = obj({
  serviceIds: z.array(z.guid()),
  thisWeek: obj({ from: isoDate(), to: isoDate() }),
  lastWeek: obj({ from: isoDate(), to: isoDate() }),
  figures: z.array(obj({ key: z.string(), label: z.string(), thisWeek: PatientCountSchema, lastWeek: PatientCountSchema, betterWhen: z.enum(['up', 'down']) })),
}).meta({ id: 'ReportsOverview', description: 'This week so far (Monday to today) against the same days of last week' });

export const CreateReportExportRequestSchema = obj({
  report: z.enum(REPORT_NAMES),
  format: z.literal('csv', { error: 'must be csv' }),
  params: z.record(z.string(), z.string(), { error: 'must be an object of the report’s query' }).meta({ description: 'The report’s query: from, to, serviceId, and for usability trends interval and groupBy', example: { from: '2026-09-01', to: '2026-11-30' } }),
});

export const ReportExportCreatedSchema = obj({ id: z.guid() }).meta({ id: 'ReportExportCreated', description: 'Follow it at GET /api/reports/exports/{id}' });

export const ReportExportViewSchema = obj({
  id: z.guid(),
  report: z.enum(REPORT_NAMES),
  status: z.enum(EXPORT_STATUSES),
  progress: z.int().min(0).max(100),
  rows: z.int(),
  createdAt: isoDateTime(),
  downloadUrl: z.string().optional().meta({ description: 'A link that works without signing in, until expiresAt' }),
  expiresAt: isoDateTime().optional(),
  error: z.string().optional(),
}).meta({ id: 'ReportExportView' });

/** The query every report takes; dates are checked by the window rule (a 400 naming the field). */
export const ReportQuerySchema = obj({
  from: z.string({ error: 'must be a date YYYY-MM-DD' }).optional().meta({ description: 'First London day, inclusive (default: 12 weeks ago)', example: '2026-09-01' }),
  to: z.string({ error: 'must be a date YYYY-MM-DD' }).optional().meta({ description: 'Last London day, inclusive: today counts all of today (default: today)', example: '2026-11-30' }),
  serviceId: z.guid({ error: 'must be a service id' }).optional().meta({ description: 'One of your services (default: all of them)' }),
});

export const UsabilityTrendsQuerySchema = ReportQuerySchema.extend({
  interval: z.enum(REPORT_INTERVALS, { error: 'must be day, week or month' }).default('week'),
  groupBy: z.enum(REPORT_GROUPINGS, { error: 'must be theme or category' }).default('theme'),
});

export const IncidentsQuerySchema = ReportQuerySchema.extend({
  limit: z.coerce.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1).max(50).default(10),
});

export const OverviewQuerySchema = obj({ serviceId: z.guid({ error: 'must be a service id' }).optional() });
