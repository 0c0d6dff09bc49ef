import { MigrationInterface, QueryRunner } from "typeorm";

export class LoginResets1795696398223 implements MigrationInterface {
    name = 'LoginResets1795696398223'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."reset_channel" AS ENUM('email', 'sms')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."reset_status" AS ENUM(
                'queued',
                'sent',
                'failed',
                'expired',
                'completed'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "login_resets" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "service_id" uuid NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "channel" "public"."reset_channel" NOT NULL,
                "status" "public"."reset_status" NOT NULL DEFAULT 'queued',
                "round" integer NOT NULL DEFAULT '1',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "failed_at" TIMESTAMP WITH TIME ZONE,
                "expired_at" TIMESTAMP WITH TIME ZONE,
                "retried_at" TIMESTAMP WITH TIME ZONE,
                "checked_at" TIMESTAMP WITH TIME ZONE,
                "ticket_id" uuid,
                "ticket_reference" text,
                CONSTRAINT "PK_438028c5d9b826329c173641661" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_resets_sent_expires" ON "login_resets" ("status", "expires_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_resets_service_status" ON "login_resets" ("service_id", "status", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_resets_patient_created" ON "login_resets" ("patient_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_login_resets_active_patient" ON "login_resets" ("patient_id")
            WHERE status IN ('queued', 'sent')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."reset_event_type" AS ENUM(
                'requested',
                'duplicate_request',
                'attempt_failed',
                'sent',
                'failed',
                'ticket_opened',
                'retried',
                'completed',
                'expired'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "login_reset_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reset_id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "type" "public"."reset_event_type" NOT NULL,
                "actor_id" uuid,
                "detail" text,
                CONSTRAINT "PK_30d75a710366e0136960eb5d85d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_reset_events_reset" ON "login_reset_events" ("reset_id", "at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_change_status" AS ENUM('queued', 'applied', 'failed')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."reminder_frequency" AS ENUM(
                'daily',
                'every_2_days',
                'every_3_days',
                'weekly',
                'off'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_changes" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "service_id" uuid NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "status" "public"."notification_change_status" NOT NULL DEFAULT 'queued',
                "reminder_frequency" "public"."reminder_frequency" NOT NULL,
                "quiet_from" text,
                "quiet_to" text,
                "reason" text NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "applied_at" TIMESTAMP WITH TIME ZONE,
                "failed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_e7856986e07c839da0040e6b5c0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_changes_service" ON "notification_changes" ("service_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notification_changes_patient" ON "notification_changes" ("patient_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'reset_failed'
        `);
        await queryRunner.query(`
            ALTER TABLE "login_resets"
            ADD CONSTRAINT "fk_login_resets_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "login_resets"
            ADD CONSTRAINT "fk_login_resets_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "login_resets"
            ADD CONSTRAINT "fk_login_resets_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "login_reset_events"
            ADD CONSTRAINT "fk_login_reset_events_reset" FOREIGN KEY ("reset_id") REFERENCES "login_resets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "login_reset_events"
            ADD CONSTRAINT "fk_login_reset_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_changes"
            ADD CONSTRAINT "fk_notification_changes_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_changes"
            ADD CONSTRAINT "fk_notification_changes_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_changes"
            ADD CONSTRAINT "fk_notification_changes_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification_changes" DROP CONSTRAINT "fk_notification_changes_requested_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_changes" DROP CONSTRAINT "fk_notification_changes_service"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_changes" DROP CONSTRAINT "fk_notification_changes_patient"
        `);
        await queryRunner.query(`
            ALTER TABLE "login_reset_events" DROP CONSTRAINT "fk_login_reset_events_actor"
        `);
        await queryRunner.query(`
            ALTER TABLE "login_reset_events" DROP CONSTRAINT "fk_login_reset_events_reset"
        `);
        await queryRunner.query(`
            ALTER TABLE "login_resets" DROP CONSTRAINT "fk_login_resets_requested_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "login_resets" DROP CONSTRAINT "fk_login_resets_service"
        `);
        await queryRunner.query(`
            ALTER TABLE "login_resets" DROP CONSTRAINT "fk_login_resets_patient"
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_type_old" AS ENUM(
                'assigned',
                'reply',
                'breach',
                'resolved',
                'risk',
                'waiting_on_you'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_type"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type_old"
            RENAME TO "notification_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_changes_patient"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notification_changes_service"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_changes"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reminder_frequency"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_change_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_reset_events_reset"
        `);
        await queryRunner.query(`
            DROP TABLE "login_reset_events"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reset_event_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_login_resets_active_patient"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_resets_patient_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_resets_service_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_resets_sent_expires"
        `);
        await queryRunner.query(`
            DROP TABLE "login_resets"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reset_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reset_channel"
        `);
    }

}
