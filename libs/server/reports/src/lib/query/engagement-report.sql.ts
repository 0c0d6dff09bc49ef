import { atInWindow, dayInWindow, londonDay, windowEnd } from './window-sql';

/**
 * The engagement report's queries ($1 service ids, $2 `from`, $3 `to`, London days, both inclusive).
 * Definitions: docs/report-definitions.md. Patient-day figures come from the engagement worker's
 * rollup (engagement_daily_for_reports); the plan's completion reads the patients' module_completed
 * events, which the rollup does not keep by module.
 */

/** A rollup row with anything recorded that day. */
const ANY_ACTIVITY = `(d.logins + d.modules_started + d.modules_completed + d.mood_count + d.notifications_sent + d.notifications_dismissed) > 0`;

/**
 * The patients a report counts: of these services, on the register by the window's end (fed by then,
 * or with a session by then: history loaded late), or with engagement recorded in the window. The
 * register has no end date, so a patient once known stays known.
 */
const KNOWN = `known AS (
  SELECT p.id, p.mandatory_modules FROM patients p
   WHERE p.service_id = ANY($1)
     AND (least(p.created_at, (SELECT min(ps.starts_at) FROM patient_sessions ps WHERE ps.patient_id = p.id)) < ${windowEnd()}
          OR EXISTS (SELECT 1 FROM engagement_daily_for_reports d WHERE d.patient_id = p.id AND ${dayInWindow('d.day')} AND ${ANY_ACTIVITY})))`;

export const ENGAGEMENT_TOTALS_SQL = `
WITH ${KNOWN}
SELECT (SELECT count(*)::int FROM known) AS patients,
       count(DISTINCT patient_id) FILTER (WHERE logins > 0)::int AS active,
       coalesce(sum(modules_completed), 0)::int AS completed
  FROM engagement_daily_for_reports WHERE service_id = ANY($1) AND ${dayInWindow('day')}`;

/**
 * The mandatory modules of the known patients' plans (one per patient and module) and how many of them
 * the patient had completed by the window's end: a share of the plan, so never more than all of it.
 */
export const ENGAGEMENT_PLAN_SQL = `
WITH ${KNOWN},
assigned AS (SELECT DISTINCT k.id AS patient_id, m.module_id FROM known k CROSS JOIN LATERAL unnest(k.mandatory_modules) AS m(module_id))
SELECT count(*)::int AS assigned, count(DISTINCT a.patient_id)::int AS planned,
       count(*) FILTER (WHERE EXISTS (
         SELECT 1 FROM engagement_events_for_reports e
          WHERE e.patient_id = a.patient_id AND e.occurred_at < ${windowEnd()} AND e.type = 'module_completed' AND e.module_id = a.module_id))::int AS completed
  FROM assigned a`;

export const ENGAGEMENT_WEEKS_SQL = `
SELECT date_trunc('week', day)::date::text AS start, count(DISTINCT patient_id) FILTER (WHERE logins > 0)::int AS active, coalesce(sum(modules_completed), 0)::int AS completed
  FROM engagement_daily_for_reports WHERE service_id = ANY($1) AND ${dayInWindow('day')} GROUP BY 1`;

/** Flags raised in the window (by raised_at) and flags cleared in it (by cleared_at), by kind and week of that London day. */
export const ENGAGEMENT_FLAGS_SQL = `
SELECT kind::text AS kind, week::text AS week, sum(raised)::int AS raised, sum(cleared)::int AS cleared FROM (
  SELECT kind, date_trunc('week', ${londonDay('raised_at')})::date AS week, 1 AS raised, 0 AS cleared FROM patient_flags_for_reports
   WHERE service_id = ANY($1) AND ${atInWindow('raised_at')}
  UNION ALL
  SELECT kind, date_trunc('week', ${londonDay('cleared_at')})::date, 0, 1 FROM patient_flags_for_reports
   WHERE service_id = ANY($1) AND ${atInWindow('cleared_at')}) f
 GROUP BY 1, 2`;

/** Patients whose reminder change was applied in the window, and log-in resets completed in it. */
export const ENGAGEMENT_OTHERS_SQL = `
SELECT (SELECT count(DISTINCT patient_id)::int FROM notification_changes_for_reports WHERE service_id = ANY($1) AND status = 'applied' AND ${atInWindow('applied_at')}) AS changes,
       (SELECT count(*)::int FROM login_resets_for_reports WHERE service_id = ANY($1) AND status = 'completed' AND ${atInWindow('completed_at')}) AS resets`;
