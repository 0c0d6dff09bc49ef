/**
 * The SQL views the resets domain publishes for the reports read model, created by the ReportViews
 * migration: reports read these, never the tables behind them. Each is a projection of one of this
 * domain's tables with only what reports count by; the table-ownership test holds both sides to it.
 */
export const RESET_REPORT_VIEWS = ['login_resets_for_reports', 'notification_changes_for_reports'] as const;
