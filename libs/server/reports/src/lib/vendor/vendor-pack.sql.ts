import { atInWindow, londonDay } from '../query/window-sql';

/**
 * SQL of the vendor pack; parameters: $1 services, $2 the first London day, $3 the last.
 * Definitions: docs/report-definitions.md, "Vendor pack".
 */

/**
 * Tickets marked not fixable, raised in the window, with their incident (if any), masked description,
 * and the app version their patient was on: that of the patient's last engagement event carrying one
 * before the ticket was raised (none for a ticket about no patient).
 */
export const NOT_FIXABLE_TICKETS_SQL = `
  SELECT t.id, t.service_id, t.incident_id, i.title_masked AS incident_title,
         coalesce(i.category, t.category)::text AS category, coalesce(i.theme, t.theme)::text AS theme,
         t.created_at, x.description_masked,
         (SELECT e.app_version FROM engagement_events_for_reports e
           WHERE t.patient_id IS NOT NULL AND e.patient_id = t.patient_id AND e.occurred_at < t.created_at AND e.app_version IS NOT NULL
           ORDER BY e.occurred_at DESC LIMIT 1) AS app_version
    FROM tickets_for_reports t
    JOIN ticket_texts_for_reports x ON x.id = t.id
    LEFT JOIN incidents_for_reports i ON i.id = t.incident_id
   WHERE t.service_id = ANY($1) AND t.fixability = 'not_fixable' AND ${atInWindow('t.created_at')}
   ORDER BY t.created_at DESC, t.id`;

/** Requests to skip or replace a module, made in the window, with their masked reasons. */
export const ASKED_AWAY_SQL = `
  SELECT module_id, action::text AS action, reason_masked, created_at
    FROM tailoring_requests_for_reports
   WHERE service_id = ANY($1) AND action IN ('skip', 'replace') AND ${atInWindow('created_at')}
   ORDER BY created_at DESC, id`;

/** Per London calendar month of the window: notification changes applied, and notification-burden flags raised and cleared. */
export const NOTIFICATION_BURDEN_SQL = `
  WITH changes AS (
    SELECT to_char(${londonDay('applied_at')}, 'YYYY-MM') AS month, count(*)::int AS applied,
           count(*) FILTER (WHERE quiet_hours)::int AS quiet, count(*) FILTER (WHERE reminder_frequency = 'off')::int AS off
      FROM notification_changes_for_reports
     WHERE service_id = ANY($1) AND status = 'applied' AND ${atInWindow('applied_at')}
     GROUP BY 1),
  raised AS (
    SELECT to_char(${londonDay('raised_at')}, 'YYYY-MM') AS month, count(*)::int AS n
      FROM patient_flags_for_reports
     WHERE service_id = ANY($1) AND kind = 'notification_burden' AND ${atInWindow('raised_at')}
     GROUP BY 1),
  cleared AS (
    SELECT to_char(${londonDay('cleared_at')}, 'YYYY-MM') AS month, count(*)::int AS n
      FROM patient_flags_for_reports
     WHERE service_id = ANY($1) AND kind = 'notification_burden' AND ${atInWindow('cleared_at')}
     GROUP BY 1),
  months AS (SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') AS d)
  SELECT m.month, coalesce(c.applied, 0) AS applied, coalesce(c.quiet, 0) AS quiet, coalesce(c.off, 0) AS off,
         coalesce(r.n, 0) AS raised, coalesce(cl.n, 0) AS cleared
    FROM months m LEFT JOIN changes c USING (month) LEFT JOIN raised r USING (month) LEFT JOIN cleared cl USING (month)
   ORDER BY m.month`;
