import { maskIdentifiers, type EngagementReport, type IncidentsReport, type OperationsReport, type TailoringReport, type TrainingReport, type UsabilityTrendsReport } from '@navdesk/contracts';

export type CsvRow = (string | number | null)[];

/** A spreadsheet must not run what a cell says: text that starts like a formula is quoted with a leading apostrophe. */
export function safeCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function trendsCsv(r: UsabilityTrendsReport): CsvRow[] {
  const keys = Object.keys(r.buckets[0]?.counts ?? {});
  return [['bucket_start', ...keys, 'fixable', 'not_fixable', 'total'], ...r.buckets.map((b) => [b.start, ...keys.map((k) => b.counts[k] ?? 0), b.fixable, b.notFixable, b.total])];
}

/** Titles arrive masked from the report; masked again here because a CSV leaves Navdesk by a bearer link. */
export function incidentsCsv(r: IncidentsReport): CsvRow[] {
  return [['incident', 'category', 'theme', 'status', 'fixability', 'tickets_in_window', 'first_seen', 'last_seen'], ...r.incidents.map((i) => [maskIdentifiers(i.title), i.category, i.theme, i.status, i.fixability, i.ticketCount, i.firstSeenAt, i.lastSeenAt])];
}

export function operationsCsv(r: OperationsReport): CsvRow[] {
  return [
    ['service', 'priority', 'resolved', 'sla_met_percent', 'median_first_response_minutes', 'median_resolution_minutes', 'backlog_now'],
    ...r.services.flatMap((s) => s.byPriority.map((p) => [s.serviceName, p.priority, p.resolved, p.slaMetPercent, p.medianFirstResponseMinutes, p.medianResolutionMinutes, p.backlog])),
  ];
}

export function trainingCsv(r: TrainingReport): CsvRow[] {
  return [['module', 'sessions', 'attended', 'mean_confidence_change'], ...r.modules.map((m) => [m.title, m.sessions, m.attended, m.meanConfidenceChange])];
}

export function engagementCsv(r: EngagementReport): CsvRow[] {
  return [['week_start', 'active_patients', 'modules_completed', 'flags_raised', 'flags_cleared'], ...r.weeks.map((w) => [w.start, w.activePatients, w.modulesCompleted, w.flagsRaised, w.flagsCleared])];
}

export function tailoringCsv(r: TailoringReport): CsvRow[] {
  return [['action', 'requested', 'approved', 'declined', 'pending'], ...r.byAction.map((a) => [a.action, a.requested, a.approved, a.declined, a.pending])];
}
