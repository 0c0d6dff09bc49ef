/**
 * The SQL views the engagement domain publishes for the reports read model, created by the ReportViews
 * migration (and later ones: Outcomes): reports read these, never the tables behind them. Each is a
 * projection of one of this domain's tables with only what reports count by; the table-ownership
 * test holds both sides to it.
 */
export const ENGAGEMENT_REPORT_VIEWS = ['engagement_daily_for_reports', 'engagement_events_for_reports', 'patient_flags_for_reports', 'brief_openings_for_reports'] as const;
