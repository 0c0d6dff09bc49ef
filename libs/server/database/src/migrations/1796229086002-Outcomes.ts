import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1796217575467-LeastPrivilegeRoles';

/**
 * Outcomes (issue 16): the study's four barriers measured for managers.
 * - `brief_openings` (engagement): who opened which patient's brief, when, and for the face-to-face session
 *   starting when. Append-only for the runtime role: it may insert and read, never change or delete.
 * - The views the Outcomes report reads, published by their owners (each declares them in its
 *   `reads/report-views.ts`): three existing views gain columns at their end (CREATE OR REPLACE keeps
 *   their privileges), two are new. Masked text only (`ticket_texts_for_reports`), as managers see it.
 */
const REPLACED_VIEWS = [
  `CREATE OR REPLACE VIEW "tickets_for_reports" AS
     SELECT id, service_id, incident_id, status, priority, theme, category, fixability, created_at, updated_at, first_response_at, resolved_at, sla_due_at,
            kind, patient_id, reporter_id, feedback_disrupted_therapy
       FROM "tickets"`,
  `CREATE OR REPLACE VIEW "tailoring_requests_for_reports" AS
     SELECT id, service_id, action, module_id, status, created_at,
            patient_id, replacement_module_id, decision, decided_at, applied_at
       FROM "tailoring_requests"`,
  `CREATE OR REPLACE VIEW "training_modules_for_reports" AS
     SELECT id, service_id, title, core,
            topic
       FROM "training_modules"`,
];

const NEW_VIEWS = [
  `CREATE VIEW "ticket_texts_for_reports" AS
     SELECT id, service_id, title_masked, description_masked
       FROM "tickets"`,
  `CREATE VIEW "brief_openings_for_reports" AS
     SELECT service_id, patient_id, user_id, opened_at, session_starts_at
       FROM "brief_openings"`,
];

/** The three replaced views as the ReportViews migration made them (a view cannot lose columns in place). */
const PREVIOUS_VIEWS = [
  `CREATE VIEW "tickets_for_reports" AS
     SELECT id, service_id, incident_id, status, priority, theme, category, fixability, created_at, updated_at, first_response_at, resolved_at, sla_due_at
       FROM "tickets"`,
  `CREATE VIEW "tailoring_requests_for_reports" AS
     SELECT id, service_id, action, module_id, status, created_at
       FROM "tailoring_requests"`,
  `CREATE VIEW "training_modules_for_reports" AS
     SELECT id, service_id, title, core
       FROM "training_modules"`,
];

const names = (views: string[]) => views.map((sql) => /VIEW "([a-z_]+)"/.exec(sql)?.[1] ?? '');

/** Takes from the runtime role what it must not do to these relations (it keeps what is not listed). */
const revoke = (privileges: string, relations: string[]) => `
  DO $outcomes$
  DECLARE
    app text := ${RUNTIME_ROLE};
  BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
      RETURN;
    END IF;
    EXECUTE format('REVOKE ${privileges} ON ${relations.join(', ')} FROM %I', app);
  END
  $outcomes$
`;

const VIEW_WRITES = 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER';

export class Outcomes1796229086002 implements MigrationInterface {
  name = 'Outcomes1796229086002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "brief_openings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "service_id" uuid NOT NULL,
        "patient_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "session_starts_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_brief_openings" PRIMARY KEY ("id")
      )
    `);
    await q.query(`CREATE INDEX "ix_brief_openings_patient_session" ON "brief_openings" ("patient_id", "session_starts_at")`);
    await q.query(`CREATE INDEX "ix_brief_openings_service_opened" ON "brief_openings" ("service_id", "opened_at")`);
    await q.query(`ALTER TABLE "brief_openings" ADD CONSTRAINT "fk_brief_openings_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "brief_openings" ADD CONSTRAINT "fk_brief_openings_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "brief_openings" ADD CONSTRAINT "fk_brief_openings_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Default privileges gave the runtime role every write: an opening, once recorded, is a fact.
    await q.query(revoke('UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER', ['brief_openings']));
    for (const sql of [...REPLACED_VIEWS, ...NEW_VIEWS]) await q.query(sql);
    await q.query(revoke(VIEW_WRITES, names(NEW_VIEWS)));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW ${[...names(NEW_VIEWS), ...names(REPLACED_VIEWS)].map((v) => `"${v}"`).join(', ')}`);
    for (const sql of PREVIOUS_VIEWS) await q.query(sql);
    await q.query(revoke(VIEW_WRITES, names(PREVIOUS_VIEWS)));
    await q.query(`DROP TABLE "brief_openings"`);
  }
}
