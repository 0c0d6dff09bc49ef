import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1796217575467-LeastPrivilegeRoles';

/**
 * The views each domain publishes for the reports read model (libs/server/reports), which reads these
 * and never the tables behind them. Each view is a plain projection of one table of its owner, which
 * declares it in its `reads/report-views.ts`; PostgreSQL inlines such a view into the query, so the
 * plans (indexes, partition pruning) are the ones the tables gave. Only the columns reports count by:
 * no free text, no names, no unmasked titles. Dropping or retyping a column a view shows now needs a
 * migration that recreates the view, which is the point: the owner sees what reports depend on.
 */
const CREATE_VIEWS = [
  // tickets
  `CREATE VIEW "tickets_for_reports" AS
     SELECT id, service_id, incident_id, status, priority, theme, category, fixability, created_at, updated_at, first_response_at, resolved_at, sla_due_at
       FROM "tickets"`,
  `CREATE VIEW "incidents_for_reports" AS
     SELECT id, service_id, title_masked, category, theme, status, fixability, first_seen_at, last_seen_at
       FROM "incidents"`,
  // training
  `CREATE VIEW "training_modules_for_reports" AS
     SELECT id, service_id, title, core
       FROM "training_modules"`,
  `CREATE VIEW "training_sessions_for_reports" AS
     SELECT id, service_id, module_id, capacity, starts_at, cancelled_at
       FROM "training_sessions"`,
  `CREATE VIEW "training_bookings_for_reports" AS
     SELECT id, session_id, pwp_id, status
       FROM "training_bookings"`,
  `CREATE VIEW "training_attendance_for_reports" AS
     SELECT id, session_id, pwp_id, confidence_before, confidence_after
       FROM "training_attendance"`,
  // tailoring
  `CREATE VIEW "tailoring_requests_for_reports" AS
     SELECT id, service_id, action, module_id, status, created_at
       FROM "tailoring_requests"`,
  // engagement
  `CREATE VIEW "engagement_daily_for_reports" AS
     SELECT patient_id, service_id, day, logins, modules_started, modules_completed, mood_count, notifications_sent, notifications_dismissed
       FROM "engagement_daily"`,
  `CREATE VIEW "engagement_events_for_reports" AS
     SELECT patient_id, service_id, type, module_id, occurred_at
       FROM "engagement_events"`,
  `CREATE VIEW "patient_flags_for_reports" AS
     SELECT id, service_id, kind, raised_at, cleared_at
       FROM "patient_flags"`,
  // resets
  `CREATE VIEW "login_resets_for_reports" AS
     SELECT id, service_id, status, completed_at
       FROM "login_resets"`,
  `CREATE VIEW "notification_changes_for_reports" AS
     SELECT id, patient_id, service_id, status, applied_at
       FROM "notification_changes"`,
];

const VIEW_NAMES = CREATE_VIEWS.map((sql) => /CREATE VIEW "([a-z_]+)"/.exec(sql)?.[1] ?? '');

export class ReportViews1796225650380 implements MigrationInterface {
  name = 'ReportViews1796225650380';

  public async up(q: QueryRunner): Promise<void> {
    for (const sql of CREATE_VIEWS) await q.query(sql);
    // Default privileges gave the runtime role writes too (a plain view is updatable): a read model only reads.
    await q.query(`
      DO $views$
      DECLARE
        app text := ${RUNTIME_ROLE};
      BEGIN
        IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
          RETURN;
        END IF;
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${VIEW_NAMES.join(', ')} FROM %I', app);
      END
      $views$
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW ${VIEW_NAMES.map((v) => `"${v}"`).join(', ')}`);
  }
}
