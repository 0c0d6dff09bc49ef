/**
 * The raw engagement events: a table partitioned by month, which TypeORM cannot describe, so it is
 * written by hand and reached with SQL only (libs/server/engagement). A DEFAULT partition catches
 * events outside the prepared months; preparing a month moves its rows out of DEFAULT first.
 * Dedupe is by `engagement_event_keys` (md5 of service and eventId as a uuid): a partitioned table's
 * unique keys must include the partition key, and a resent event may not carry the same time.
 */
export const CREATE_ENGAGEMENT_EVENTS = [
  `CREATE TYPE "public"."engagement_event_type" AS ENUM('login', 'module_started', 'module_completed', 'mood_rated', 'notification_sent', 'notification_dismissed')`,
  `CREATE TABLE "engagement_events" (
     "patient_id" uuid NOT NULL,
     "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
     "event_id" text NOT NULL,
     "service_id" uuid NOT NULL,
     "type" "public"."engagement_event_type" NOT NULL,
     "value" smallint,
     "module_id" text,
     "app_version" text,
     "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
     CONSTRAINT "pk_engagement_events" PRIMARY KEY ("patient_id", "occurred_at", "event_id")
   ) PARTITION BY RANGE ("occurred_at")`,
  `CREATE TABLE "engagement_events_default" PARTITION OF "engagement_events" DEFAULT`,
  `CREATE TABLE "engagement_event_keys" ("event_key" uuid NOT NULL, CONSTRAINT "pk_engagement_event_keys" PRIMARY KEY ("event_key"))`,
  `CREATE FUNCTION navdesk_ensure_engagement_partition(month_start date) RETURNS text LANGUAGE plpgsql AS $fn$
   DECLARE
     m date := date_trunc('month', month_start)::date;
     part text := format('engagement_events_y%sm%s', to_char(m, 'YYYY'), to_char(m, 'MM'));
     lo timestamptz := m::timestamp AT TIME ZONE 'UTC';
     hi timestamptz := (m + interval '1 month')::timestamp AT TIME ZONE 'UTC';
   BEGIN
     PERFORM pg_advisory_xact_lock(hashtext('navdesk-engagement-partitions'));
     IF to_regclass(part) IS NOT NULL THEN RETURN part; END IF;
     EXECUTE format('CREATE TABLE %I (LIKE engagement_events INCLUDING DEFAULTS)', part);
     EXECUTE format('WITH moved AS (DELETE FROM engagement_events_default WHERE occurred_at >= %L AND occurred_at < %L RETURNING *) INSERT INTO %I SELECT * FROM moved', lo, hi, part);
     EXECUTE format('ALTER TABLE engagement_events ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
     RETURN part;
   END
   $fn$`,
  // A year back and three months ahead; the worker keeps the months ahead prepared from then on.
  `SELECT navdesk_ensure_engagement_partition((date_trunc('month', now()) + make_interval(months => g))::date) FROM generate_series(-12, 3) AS g`,
];

export const DROP_ENGAGEMENT_EVENTS = [
  `DROP FUNCTION navdesk_ensure_engagement_partition(date)`,
  `DROP TABLE "engagement_event_keys"`,
  `DROP TABLE "engagement_events"`,
  `DROP TYPE "public"."engagement_event_type"`,
];
