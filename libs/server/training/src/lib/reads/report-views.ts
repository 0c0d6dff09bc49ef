/**
 * The SQL views the training domain publishes for the reports read model, created by the ReportViews
 * migration (and later ones: Outcomes): reports read these, never the tables behind them. Each is a
 * projection of one of this domain's tables with only what reports count by; the table-ownership
 * test holds both sides to it.
 */
export const TRAINING_REPORT_VIEWS = ['training_modules_for_reports', 'training_sessions_for_reports', 'training_bookings_for_reports', 'training_attendance_for_reports'] as const;
