/**
 * The SQL views the tickets domain publishes for the reports read model, created by the ReportViews
 * migration (and later ones: Outcomes): reports read these, never the tables behind them. Each is a
 * projection of one of this domain's tables with only what reports count by; the table-ownership
 * test holds both sides to it.
 */
export const TICKET_REPORT_VIEWS = ['tickets_for_reports', 'incidents_for_reports', 'ticket_texts_for_reports'] as const;
