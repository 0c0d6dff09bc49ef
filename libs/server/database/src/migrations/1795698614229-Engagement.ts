import { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_ENGAGEMENT_EVENTS, DROP_ENGAGEMENT_EVENTS } from "./engagement-events.sql";

export class Engagement1795698614229 implements MigrationInterface {
    name = 'Engagement1795698614229'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "engagement_daily" (
                "patient_id" uuid NOT NULL,
                "day" date NOT NULL,
                "service_id" uuid NOT NULL,
                "logins" integer NOT NULL DEFAULT '0',
                "modules_started" integer NOT NULL DEFAULT '0',
                "modules_completed" integer NOT NULL DEFAULT '0',
                "mood_count" integer NOT NULL DEFAULT '0',
                "mood_sum" integer NOT NULL DEFAULT '0',
                "mood_min" smallint,
                "mood_max" smallint,
                "mood_last" smallint,
                "notifications_sent" integer NOT NULL DEFAULT '0',
                "notifications_dismissed" integer NOT NULL DEFAULT '0',
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4fc8df70a3505c5ff51b97ee992" PRIMARY KEY ("patient_id", "day")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_engagement_daily_service_day" ON "engagement_daily" ("service_id", "day")
        `);
        await queryRunner.query(`
            CREATE TABLE "engagement_dirty_days" (
                "patient_id" uuid NOT NULL,
                "day" date NOT NULL,
                CONSTRAINT "PK_5d72fb43438050a1c84180c409e" PRIMARY KEY ("patient_id", "day")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "engagement_dirty_patients" (
                "patient_id" uuid NOT NULL,
                "since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a6fde1ae0bc3bb48ef068537d97" PRIMARY KEY ("patient_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patient_engagement" (
                "patient_id" uuid NOT NULL,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "modules_completed" integer NOT NULL DEFAULT '0',
                "mood_latest" smallint,
                "mood_change" smallint,
                "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f85977f54f488876b65c2f24008" PRIMARY KEY ("patient_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_patient_engagement_last_login" ON "patient_engagement" ("last_login_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."flag_kind" AS ENUM(
                'no_login',
                'mood_drop',
                'no_mood',
                'module_overdue',
                'notification_burden'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."flag_cause" AS ENUM('technical', 'disengagement')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."flag_status" AS ENUM('open', 'acknowledged', 'cleared')
        `);
        await queryRunner.query(`
            CREATE TABLE "patient_flags" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "service_id" uuid NOT NULL,
                "kind" "public"."flag_kind" NOT NULL,
                "cause" "public"."flag_cause" NOT NULL,
                "status" "public"."flag_status" NOT NULL DEFAULT 'open',
                "detail" text NOT NULL,
                "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "cleared_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_by_id" uuid,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "note" text,
                CONSTRAINT "PK_386cabd7fea02ad1da90f5977b2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_patient_flags_patient" ON "patient_flags" ("patient_id", "raised_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_patient_flags_service_status" ON "patient_flags" ("service_id", "status", "raised_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_patient_flags_live" ON "patient_flags" ("patient_id", "kind")
            WHERE status <> 'cleared'
        `);
        await queryRunner.query(`
            CREATE TABLE "service_flag_thresholds" (
                "service_id" uuid NOT NULL,
                "no_login_days" smallint NOT NULL DEFAULT '7',
                "mood_drop_points" smallint NOT NULL DEFAULT '3',
                "mood_drop_window_days" smallint NOT NULL DEFAULT '7',
                "no_mood_days" smallint NOT NULL DEFAULT '5',
                "burden_dismissals" smallint NOT NULL DEFAULT '10',
                "burden_window_days" smallint NOT NULL DEFAULT '7',
                "updated_by_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7812e038b85d916ed96f45731d9" PRIMARY KEY ("service_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "patient_briefs" (
                "session_id" uuid NOT NULL,
                "patient_id" uuid NOT NULL,
                "pwp_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "content" jsonb NOT NULL,
                "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0e054be3ff9d961edb9a5453ab8" PRIMARY KEY ("session_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_patient_briefs_pwp_starts" ON "patient_briefs" ("pwp_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_patient_briefs_patient" ON "patient_briefs" ("patient_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "patient_flags"
            ADD CONSTRAINT "fk_patient_flags_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "patient_flags"
            ADD CONSTRAINT "fk_patient_flags_acknowledged_by" FOREIGN KEY ("acknowledged_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_flag_thresholds"
            ADD CONSTRAINT "fk_service_flag_thresholds_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        for (const sql of CREATE_ENGAGEMENT_EVENTS) await queryRunner.query(sql);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const sql of DROP_ENGAGEMENT_EVENTS) await queryRunner.query(sql);
        await queryRunner.query(`
            ALTER TABLE "service_flag_thresholds" DROP CONSTRAINT "fk_service_flag_thresholds_service"
        `);
        await queryRunner.query(`
            ALTER TABLE "patient_flags" DROP CONSTRAINT "fk_patient_flags_acknowledged_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "patient_flags" DROP CONSTRAINT "fk_patient_flags_patient"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_patient_briefs_patient"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_patient_briefs_pwp_starts"
        `);
        await queryRunner.query(`
            DROP TABLE "patient_briefs"
        `);
        await queryRunner.query(`
            DROP TABLE "service_flag_thresholds"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_patient_flags_live"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_patient_flags_service_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_patient_flags_patient"
        `);
        await queryRunner.query(`
            DROP TABLE "patient_flags"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."flag_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."flag_cause"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."flag_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_patient_engagement_last_login"
        `);
        await queryRunner.query(`
            DROP TABLE "patient_engagement"
        `);
        await queryRunner.query(`
            DROP TABLE "engagement_dirty_patients"
        `);
        await queryRunner.query(`
            DROP TABLE "engagement_dirty_days"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_engagement_daily_service_day"
        `);
        await queryRunner.query(`
            DROP TABLE "engagement_daily"
        `);
    }

}
