import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tickets1795689157795 implements MigrationInterface {
  name = 'Tickets1795689157795';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram similarity groups usability reports into incidents and ranks knowledge-base answers.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // ND-000001 onward; a sequence so references never repeat, even after a rollback.
    await queryRunner.query(`CREATE SEQUENCE ticket_reference_seq START 1`);
    await queryRunner.query(`
            CREATE TYPE "public"."notification_type" AS ENUM(
                'assigned',
                'reply',
                'breach',
                'resolved',
                'risk',
                'waiting_on_you'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "type" "public"."notification_type" NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL,
                "ticket_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_unread" ON "notifications" ("user_id", "created_at")
            WHERE read_at IS NULL
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ticket_category" AS ENUM(
                'login_access',
                'notifications',
                'app_crash',
                'module_content',
                'data_sync',
                'accessibility',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."study_theme" AS ENUM(
                'time',
                'functionality',
                'flexibility',
                'confidence'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."incident_status" AS ENUM('open', 'resolved')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."fixability" AS ENUM('unknown', 'fixable', 'not_fixable')
        `);
    await queryRunner.query(`
            CREATE TABLE "incidents" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "service_id" uuid NOT NULL,
                "title" text NOT NULL,
                "match_text" text NOT NULL,
                "category" "public"."ticket_category" NOT NULL,
                "theme" "public"."study_theme" NOT NULL,
                "status" "public"."incident_status" NOT NULL DEFAULT 'open',
                "fixability" "public"."fixability" NOT NULL DEFAULT 'unknown',
                "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "merged_into_id" uuid,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_ccb34c01719889017e2246469f9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_incidents_open_match" ON "incidents" ("service_id", "category", "last_seen_at")
            WHERE status = 'open'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ticket_kind" AS ENUM('tech_support', 'usability_incident')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ticket_status" AS ENUM(
                'new',
                'triaged',
                'in_progress',
                'waiting_on_reporter',
                'resolved',
                'closed'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ticket_severity" AS ENUM('low', 'medium', 'high', 'critical')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."ticket_priority" AS ENUM('p1', 'p2', 'p3', 'p4')
        `);
    await queryRunner.query(`
            CREATE TABLE "tickets" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference" text NOT NULL,
                "service_id" uuid NOT NULL,
                "reporter_id" uuid NOT NULL,
                "kind" "public"."ticket_kind" NOT NULL,
                "status" "public"."ticket_status" NOT NULL DEFAULT 'new',
                "title" text NOT NULL,
                "description" text NOT NULL,
                "patient_id" uuid,
                "severity" "public"."ticket_severity" NOT NULL DEFAULT 'medium',
                "category" "public"."ticket_category",
                "theme" "public"."study_theme",
                "priority" "public"."ticket_priority",
                "sla_due_at" TIMESTAMP WITH TIME ZONE,
                "breached_at" TIMESTAMP WITH TIME ZONE,
                "assignee_id" uuid,
                "incident_id" uuid,
                "fixability" "public"."fixability" NOT NULL DEFAULT 'unknown',
                "risk_flag" boolean NOT NULL DEFAULT false,
                "idempotency_key" text,
                "triaged_at" TIMESTAMP WITH TIME ZONE,
                "first_response_at" TIMESTAMP WITH TIME ZONE,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "paused_at" TIMESTAMP WITH TIME ZONE,
                "paused_minutes" integer NOT NULL DEFAULT '0',
                "feedback_solved" boolean,
                "feedback_disrupted_therapy" boolean,
                "feedback_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_343bc942ae261cf7a1377f48fd0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_tickets_reference" ON "tickets" ("reference")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tickets_incident" ON "tickets" ("incident_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tickets_assignee_status" ON "tickets" ("assignee_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tickets_reporter" ON "tickets" ("reporter_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_tickets_service_status_due" ON "tickets" ("service_id", "status", "sla_due_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_tickets_reporter_idempotency" ON "tickets" ("reporter_id", "idempotency_key")
            WHERE idempotency_key IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."timeline_type" AS ENUM(
                'created',
                'triaged',
                'reply',
                'internal_note',
                'status_changed',
                'assigned',
                'field_changed',
                'incident_linked',
                'breached',
                'feedback',
                'risk_flagged'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "ticket_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "ticket_id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "type" "public"."timeline_type" NOT NULL,
                "actor_id" uuid,
                "body" text,
                "field" text,
                "from_value" text,
                "to_value" text,
                "internal" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_d61d07653b492eca67f9bad8ec2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_ticket_events_ticket" ON "ticket_events" ("ticket_id", "at")
        `);
    await queryRunner.query(`
            CREATE TABLE "canned_replies" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" text NOT NULL,
                "body" text NOT NULL,
                "service_id" uuid,
                "created_by_id" uuid NOT NULL,
                CONSTRAINT "PK_dd80b4af0ce27d517e404fbc7d6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "kb_articles" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" text NOT NULL,
                "summary" text NOT NULL,
                "body" text NOT NULL,
                "category" "public"."ticket_category" NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "created_by_id" uuid,
                CONSTRAINT "PK_ffb01b096d72350aa97d1d0cb14" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kb_articles_category" ON "kb_articles" ("category")
        `);
    await queryRunner.query(`
            CREATE TABLE "kb_article_views" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "article_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "draft_id" uuid NOT NULL,
                "ticket_id" uuid,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c5e9d9a03d28f6dca0b687ef4b4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_kb_article_views_draft" ON "kb_article_views" ("user_id", "draft_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "services"
            ADD "opens_at" text NOT NULL DEFAULT '09:00'
        `);
    await queryRunner.query(`
            ALTER TABLE "services"
            ADD "closes_at" text NOT NULL DEFAULT '17:00'
        `);
    await queryRunner.query(`
            ALTER TABLE "services"
            ADD "duty_contact_email" text
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "incidents"
            ADD CONSTRAINT "fk_incidents_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets"
            ADD CONSTRAINT "fk_tickets_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets"
            ADD CONSTRAINT "fk_tickets_reporter" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets"
            ADD CONSTRAINT "fk_tickets_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets"
            ADD CONSTRAINT "fk_tickets_assignee" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets"
            ADD CONSTRAINT "fk_tickets_incident" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ticket_events"
            ADD CONSTRAINT "fk_ticket_events_ticket" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ticket_events"
            ADD CONSTRAINT "fk_ticket_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "canned_replies"
            ADD CONSTRAINT "fk_canned_replies_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "canned_replies"
            ADD CONSTRAINT "fk_canned_replies_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kb_article_views"
            ADD CONSTRAINT "fk_kb_article_views_article" FOREIGN KEY ("article_id") REFERENCES "kb_articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kb_article_views"
            ADD CONSTRAINT "fk_kb_article_views_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(
      `CREATE INDEX ix_incidents_match_text_trgm ON incidents USING gin (match_text gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_tickets_title_trgm ON tickets USING gin (title gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE ticket_reference_seq`);
    await queryRunner.query(`
            ALTER TABLE "kb_article_views" DROP CONSTRAINT "fk_kb_article_views_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "kb_article_views" DROP CONSTRAINT "fk_kb_article_views_article"
        `);
    await queryRunner.query(`
            ALTER TABLE "canned_replies" DROP CONSTRAINT "fk_canned_replies_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "canned_replies" DROP CONSTRAINT "fk_canned_replies_service"
        `);
    await queryRunner.query(`
            ALTER TABLE "ticket_events" DROP CONSTRAINT "fk_ticket_events_actor"
        `);
    await queryRunner.query(`
            ALTER TABLE "ticket_events" DROP CONSTRAINT "fk_ticket_events_ticket"
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets" DROP CONSTRAINT "fk_tickets_incident"
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets" DROP CONSTRAINT "fk_tickets_assignee"
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets" DROP CONSTRAINT "fk_tickets_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets" DROP CONSTRAINT "fk_tickets_reporter"
        `);
    await queryRunner.query(`
            ALTER TABLE "tickets" DROP CONSTRAINT "fk_tickets_service"
        `);
    await queryRunner.query(`
            ALTER TABLE "incidents" DROP CONSTRAINT "fk_incidents_service"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "services" DROP COLUMN "duty_contact_email"
        `);
    await queryRunner.query(`
            ALTER TABLE "services" DROP COLUMN "closes_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "services" DROP COLUMN "opens_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kb_article_views_draft"
        `);
    await queryRunner.query(`
            DROP TABLE "kb_article_views"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_kb_articles_category"
        `);
    await queryRunner.query(`
            DROP TABLE "kb_articles"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ticket_category"
        `);
    await queryRunner.query(`
            DROP TABLE "canned_replies"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_ticket_events_ticket"
        `);
    await queryRunner.query(`
            DROP TABLE "ticket_events"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."timeline_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_tickets_reporter_idempotency"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tickets_service_status_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tickets_reporter"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tickets_assignee_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_tickets_incident"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_tickets_reference"
        `);
    await queryRunner.query(`
            DROP TABLE "tickets"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."fixability"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ticket_priority"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."study_theme"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ticket_severity"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ticket_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."ticket_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_incidents_open_match"
        `);
    await queryRunner.query(`
            DROP TABLE "incidents"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."incident_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_unread"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_created"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_type"
        `);
  }
}
