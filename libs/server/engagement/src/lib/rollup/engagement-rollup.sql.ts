/**
 * One day of one patient, aggregated from raw events. Shared by the worker's incremental rollup and by
 * the recomputation that checks it, so both always mean the same thing by a day's figures.
 */
export const DAY_AGGREGATE_COLUMNS = `
  count(*) FILTER (WHERE e.type = 'login')::int AS logins,
  count(*) FILTER (WHERE e.type = 'module_started')::int AS modules_started,
  count(*) FILTER (WHERE e.type = 'module_completed')::int AS modules_completed,
  count(e.value) FILTER (WHERE e.type = 'mood_rated')::int AS mood_count,
  coalesce(sum(e.value) FILTER (WHERE e.type = 'mood_rated'), 0)::int AS mood_sum,
  min(e.value) FILTER (WHERE e.type = 'mood_rated') AS mood_min,
  max(e.value) FILTER (WHERE e.type = 'mood_rated') AS mood_max,
  (array_agg(e.value ORDER BY e.occurred_at DESC, e.event_id DESC) FILTER (WHERE e.type = 'mood_rated'))[1] AS mood_last,
  count(*) FILTER (WHERE e.type = 'notification_sent')::int AS notifications_sent,
  count(*) FILTER (WHERE e.type = 'notification_dismissed')::int AS notifications_dismissed,
  max(e.occurred_at) FILTER (WHERE e.type = 'login') AS last_login_at`;

/** Local (Europe/London) calendar day of an event. */
export const LOCAL_DAY = `(e.occurred_at AT TIME ZONE 'Europe/London')::date`;

/**
 * Recomputes the claimed days ($1 patient ids, $2 days, pairwise). Runs after the claim, in the same
 * transaction but a later statement, so its snapshot sees every event whose batch committed before the
 * claim; a batch still writing waits on the claimed row and marks the day dirty again after us.
 */
export const ROLLUP_DAYS_SQL = `
WITH claimed AS (
  SELECT * FROM unnest($1::uuid[], $2::date[]) AS c(patient_id, day)
), agg AS (
  SELECT c.patient_id, c.day, p.service_id, ${DAY_AGGREGATE_COLUMNS}
    FROM claimed c
    JOIN patients p ON p.id = c.patient_id
    LEFT JOIN engagement_events e
      ON e.patient_id = c.patient_id
     AND e.occurred_at >= (c.day::timestamp AT TIME ZONE 'Europe/London')
     AND e.occurred_at < ((c.day + 1)::timestamp AT TIME ZONE 'Europe/London')
   GROUP BY c.patient_id, c.day, p.service_id
)
INSERT INTO engagement_daily (patient_id, day, service_id, logins, modules_started, modules_completed, mood_count, mood_sum, mood_min, mood_max, mood_last, notifications_sent, notifications_dismissed, last_login_at, computed_at)
SELECT patient_id, day, service_id, logins, modules_started, modules_completed, mood_count, mood_sum, mood_min, mood_max, mood_last, notifications_sent, notifications_dismissed, last_login_at, now() FROM agg
ON CONFLICT (patient_id, day) DO UPDATE SET
  logins = EXCLUDED.logins, modules_started = EXCLUDED.modules_started, modules_completed = EXCLUDED.modules_completed,
  mood_count = EXCLUDED.mood_count, mood_sum = EXCLUDED.mood_sum, mood_min = EXCLUDED.mood_min, mood_max = EXCLUDED.mood_max,
  mood_last = EXCLUDED.mood_last, notifications_sent = EXCLUDED.notifications_sent, notifications_dismissed = EXCLUDED.notifications_dismissed,
  last_login_at = EXCLUDED.last_login_at, computed_at = now()`;

/** The same figures straight from raw events, for the reconciliation and the tests. */
export const RECOMPUTE_DAILY_SQL = `
SELECT e.patient_id, ${LOCAL_DAY} AS day, ${DAY_AGGREGATE_COLUMNS}
  FROM engagement_events e
 GROUP BY e.patient_id, ${LOCAL_DAY}`;
