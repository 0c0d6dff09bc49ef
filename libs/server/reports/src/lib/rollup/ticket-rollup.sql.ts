/**
 * The ticket rollups, recomputed from the tickets for a set of (service, London day) keys given as two
 * parallel arrays ($1 service ids, $2 days). Both tables are keyed by the day a ticket was created,
 * which never changes, so recomputing the keys of every ticket touched since the watermark is exact.
 */
const KEYS = `keys AS (SELECT k.service_id, k.day, (k.day::timestamp AT TIME ZONE 'Europe/London') AS day_start, ((k.day + 1)::timestamp AT TIME ZONE 'Europe/London') AS day_end
  FROM (SELECT DISTINCT service_id, day FROM unnest($1::uuid[], $2::date[]) AS u(service_id, day)) k)`;

/**
 * Tickets of the keys' days, with the London day each was created: one index range scan per key
 * (OFFSET 0 keeps the planner from flattening it into a join that tests every ticket against every key).
 */
const SOURCE = `src AS (
  SELECT t.*, k.day FROM keys k CROSS JOIN LATERAL (
    SELECT * FROM tickets_for_reports t WHERE t.service_id = k.service_id AND t.created_at >= k.day_start AND t.created_at < k.day_end OFFSET 0) t)`;

const byDimension = (dimension: 'theme' | 'category') => `
  SELECT service_id, day, '${dimension}' AS dimension, coalesce(${dimension}::text, 'none') AS key, count(*)::int AS tickets,
         count(*) FILTER (WHERE fixability = 'fixable')::int AS fixable, count(*) FILTER (WHERE fixability = 'not_fixable')::int AS not_fixable
    FROM src GROUP BY 1, 2, 3, 4`;

export const TICKET_DAILY_SELECT = `${byDimension('theme')} UNION ALL ${byDimension('category')}`;

export const TICKET_OPS_SELECT = `
  SELECT service_id, day, coalesce(priority::text, 'none') AS priority, count(*)::int AS tickets,
         count(resolved_at)::int AS resolved,
         count(*) FILTER (WHERE resolved_at IS NOT NULL AND sla_due_at IS NOT NULL AND resolved_at <= sla_due_at)::int AS sla_met,
         coalesce(array_agg(floor(extract(epoch FROM first_response_at - created_at) / 60)::int ORDER BY first_response_at - created_at) FILTER (WHERE first_response_at IS NOT NULL), '{}') AS first_response_minutes,
         coalesce(array_agg(floor(extract(epoch FROM resolved_at - created_at) / 60)::int ORDER BY resolved_at - created_at) FILTER (WHERE resolved_at IS NOT NULL), '{}') AS resolution_minutes
    FROM src GROUP BY 1, 2, 3`;

/** Replaces the keys' buckets of both rollups. */
export const RECOMPUTE_TICKET_ROLLUPS_SQL = [
  `WITH ${KEYS} DELETE FROM report_ticket_daily r USING keys WHERE r.service_id = keys.service_id AND r.day = keys.day`,
  `WITH ${KEYS} DELETE FROM report_ticket_ops_daily r USING keys WHERE r.service_id = keys.service_id AND r.day = keys.day`,
  `WITH ${KEYS}, ${SOURCE} INSERT INTO report_ticket_daily (service_id, day, dimension, key, tickets, fixable, not_fixable) ${TICKET_DAILY_SELECT}`,
  `WITH ${KEYS}, ${SOURCE} INSERT INTO report_ticket_ops_daily (service_id, day, priority, tickets, resolved, sla_met, first_response_minutes, resolution_minutes) ${TICKET_OPS_SELECT}`,
];

/** The (service, day) keys of tickets changed after $1 (the watermark less an overlap). */
export const CHANGED_TICKET_KEYS_SQL = `
  SELECT DISTINCT service_id, (created_at AT TIME ZONE 'Europe/London')::date::text AS day FROM tickets_for_reports WHERE updated_at > $1`;

/** Every (service, day) key that has tickets or a rollup row: what the nightly reconciliation checks. */
export const ALL_TICKET_KEYS_SQL = `
  SELECT service_id, day::text AS day FROM (
    SELECT DISTINCT service_id, (created_at AT TIME ZONE 'Europe/London')::date AS day FROM tickets_for_reports
    UNION SELECT service_id, day FROM report_ticket_daily
    UNION SELECT service_id, day FROM report_ticket_ops_daily) k`;

/**
 * Buckets of the keys where the stored rollup differs from a recomputation (either table): the drift
 * the reconciliation reports before it rewrites them.
 */
export const DRIFTED_TICKET_KEYS_SQL = `
  WITH ${KEYS}, ${SOURCE},
  fresh_daily AS (${TICKET_DAILY_SELECT}),
  fresh_ops AS (${TICKET_OPS_SELECT}),
  stored_daily AS (SELECT r.service_id, r.day, r.dimension, r.key, r.tickets, r.fixable, r.not_fixable FROM report_ticket_daily r JOIN keys USING (service_id, day)),
  stored_ops AS (SELECT r.service_id, r.day, r.priority, r.tickets, r.resolved, r.sla_met, r.first_response_minutes, r.resolution_minutes FROM report_ticket_ops_daily r JOIN keys USING (service_id, day)),
  diff AS (
    (SELECT 'report_ticket_daily' AS tbl, service_id, day FROM ((SELECT * FROM fresh_daily EXCEPT SELECT * FROM stored_daily) UNION ALL (SELECT * FROM stored_daily EXCEPT SELECT * FROM fresh_daily)) d)
    UNION
    (SELECT 'report_ticket_ops_daily', service_id, day FROM ((SELECT * FROM fresh_ops EXCEPT SELECT * FROM stored_ops) UNION ALL (SELECT * FROM stored_ops EXCEPT SELECT * FROM fresh_ops)) o))
  SELECT tbl AS "table", service_id AS "serviceId", day::text AS day FROM diff ORDER BY day, service_id`;
