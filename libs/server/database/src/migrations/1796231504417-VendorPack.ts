import type { MigrationInterface, QueryRunner } from 'typeorm';
import { maskIdentifiers } from '@navdesk/contracts';
import { RUNTIME_ROLE } from './1796217575467-LeastPrivilegeRoles';

const BATCH = 500;

/**
 * The vendor pack (issue 16): what services cannot fix themselves, for the programme's vendor.
 * - `tailoring_requests.reason_masked`: the reason with identifiers masked, written with it (as tickets'
 *   masked text), filled here for rows already stored, so the pack's reasons never carry the raw text.
 * - Three owners' views gain columns at their end (CREATE OR REPLACE keeps their privileges): the masked
 *   reason; the app version of each engagement event; the new reminder frequency of a notification
 *   change and whether it set quiet hours (not the hours themselves).
 */
const REPLACED_VIEWS = [
  `CREATE OR REPLACE VIEW "tailoring_requests_for_reports" AS
     SELECT id, service_id, action, module_id, status, created_at,
            patient_id, replacement_module_id, decision, decided_at, applied_at,
            reason_masked
       FROM "tailoring_requests"`,
  `CREATE OR REPLACE VIEW "engagement_events_for_reports" AS
     SELECT patient_id, service_id, type, module_id, occurred_at,
            app_version
       FROM "engagement_events"`,
  `CREATE OR REPLACE VIEW "notification_changes_for_reports" AS
     SELECT id, patient_id, service_id, status, applied_at,
            reminder_frequency, (quiet_from IS NOT NULL) AS quiet_hours
       FROM "notification_changes"`,
];

/** The replaced views as the Outcomes and ReportViews migrations left them (a view cannot lose columns in place). */
const PREVIOUS_VIEWS = [
  `CREATE VIEW "tailoring_requests_for_reports" AS
     SELECT id, service_id, action, module_id, status, created_at,
            patient_id, replacement_module_id, decision, decided_at, applied_at
       FROM "tailoring_requests"`,
  `CREATE VIEW "engagement_events_for_reports" AS
     SELECT patient_id, service_id, type, module_id, occurred_at
       FROM "engagement_events"`,
  `CREATE VIEW "notification_changes_for_reports" AS
     SELECT id, patient_id, service_id, status, applied_at
       FROM "notification_changes"`,
];

const names = (views: string[]) => views.map((sql) => /VIEW "([a-z_]+)"/.exec(sql)?.[1] ?? '');

export class VendorPack1796231504417 implements MigrationInterface {
  name = 'VendorPack1796231504417';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tailoring_requests" ADD "reason_masked" text`);
    const now = new Date();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; reason: string }[] = await q.query(`SELECT id, reason FROM "tailoring_requests" WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, [after]);
      if (!rows.length) break;
      await q.query(`UPDATE "tailoring_requests" t SET "reason_masked" = v.m FROM unnest($1::uuid[], $2::text[]) AS v(id, m) WHERE t.id = v.id`, [rows.map((r) => r.id), rows.map((r) => maskIdentifiers(r.reason, now))]);
      after = rows[rows.length - 1]?.id as string;
    }
    await q.query(`ALTER TABLE "tailoring_requests" ALTER COLUMN "reason_masked" SET NOT NULL`);
    for (const sql of REPLACED_VIEWS) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW ${names(REPLACED_VIEWS).map((v) => `"${v}"`).join(', ')}`);
    for (const sql of PREVIOUS_VIEWS) await q.query(sql);
    await q.query(`
      DO $vendor$
      DECLARE
        app text := ${RUNTIME_ROLE};
      BEGIN
        IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
          RETURN;
        END IF;
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${names(PREVIOUS_VIEWS).join(', ')} FROM %I', app);
      END
      $vendor$
    `);
    await q.query(`ALTER TABLE "tailoring_requests" DROP COLUMN "reason_masked"`);
  }
}
