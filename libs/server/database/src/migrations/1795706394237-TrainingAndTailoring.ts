import { MigrationInterface, QueryRunner } from "typeorm";

export class TrainingAndTailoring1795706394237 implements MigrationInterface {
    name = 'TrainingAndTailoring1795706394237'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."tailoring_action" AS ENUM('skip', 'replace', 'add')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."tailoring_status" AS ENUM(
                'pending',
                'declined',
                'queued',
                'applied',
                'failed'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."tailoring_decision" AS ENUM('approved', 'declined')
        `);
        await queryRunner.query(`
            CREATE TABLE "tailoring_requests" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "service_id" uuid NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "action" "public"."tailoring_action" NOT NULL,
                "module_id" text NOT NULL,
                "replacement_module_id" text,
                "reason" text NOT NULL,
                "status" "public"."tailoring_status" NOT NULL DEFAULT 'pending',
                "decision" "public"."tailoring_decision",
                "decided_by_id" uuid,
                "decision_note" text,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "round" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "applied_at" TIMESTAMP WITH TIME ZONE,
                "failed_at" TIMESTAMP WITH TIME ZONE,
                "ticket_id" uuid,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_4098de15aeb5158df4844677769" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_tailoring_requests_open" ON "tailoring_requests" ("patient_id", "module_id")
            WHERE "status" IN ('pending', 'queued')
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_tailoring_requests_requested_by" ON "tailoring_requests" ("requested_by_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_tailoring_requests_patient" ON "tailoring_requests" ("patient_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_tailoring_requests_service_status" ON "tailoring_requests" ("service_id", "status", "created_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."training_topic" AS ENUM(
                'programme_basics',
                'onboarding_patients',
                'choosing_modules',
                'reading_engagement',
                'troubleshooting_access',
                'notifications',
                'tailoring'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."training_format" AS ENUM('workshop', 'e_learning', 'video', 'guide')
        `);
        await queryRunner.query(`
            CREATE TABLE "training_modules" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" text NOT NULL,
                "topic" "public"."training_topic" NOT NULL,
                "format" "public"."training_format" NOT NULL,
                "duration_minutes" integer NOT NULL,
                "material_url" text,
                "description" text NOT NULL DEFAULT '',
                "core" boolean NOT NULL DEFAULT false,
                "service_id" uuid,
                "created_by_id" uuid,
                CONSTRAINT "PK_eb8283e63be7f65abc59c5d96a3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_training_modules_topic" ON "training_modules" ("topic")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."training_session_mode" AS ENUM('online', 'in_person')
        `);
        await queryRunner.query(`
            CREATE TABLE "training_sessions" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "module_id" uuid NOT NULL,
                "service_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" integer NOT NULL,
                "mode" "public"."training_session_mode" NOT NULL DEFAULT 'online',
                "location" text,
                "capacity" integer NOT NULL,
                "booked" integer NOT NULL DEFAULT '0',
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                CONSTRAINT "ck_training_sessions_seats" CHECK (
                    "booked" >= 0
                    AND "booked" <= "capacity"
                ),
                CONSTRAINT "PK_6678399f77ed9db5176459befa9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_training_sessions_module" ON "training_sessions" ("module_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_training_sessions_service_starts" ON "training_sessions" ("service_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."training_booking_status" AS ENUM('booked', 'cancelled')
        `);
        await queryRunner.query(`
            CREATE TABLE "training_bookings" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "pwp_id" uuid NOT NULL,
                "status" "public"."training_booking_status" NOT NULL DEFAULT 'booked',
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_599febc2546c256a0eda190a8c2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_training_bookings_pwp" ON "training_bookings" ("pwp_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_training_bookings_live" ON "training_bookings" ("session_id", "pwp_id")
            WHERE "status" = 'booked'
        `);
        await queryRunner.query(`
            CREATE TABLE "training_attendance" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "pwp_id" uuid NOT NULL,
                "confidence_before" smallint NOT NULL,
                "confidence_after" smallint NOT NULL,
                "recorded_by_id" uuid,
                CONSTRAINT "ck_training_attendance_confidence" CHECK (
                    "confidence_before" BETWEEN 1 AND 10
                    AND "confidence_after" BETWEEN 1 AND 10
                ),
                CONSTRAINT "PK_ec1cf074a9001ef4aa80a74bd61" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_training_attendance_pwp" ON "training_attendance" ("pwp_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_training_attendance_session_pwp" ON "training_attendance" ("session_id", "pwp_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "training_invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "pwp_id" uuid NOT NULL,
                "invited_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b031b7b69922aee9a778a839ed1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_training_invitations_session_pwp" ON "training_invitations" ("session_id", "pwp_id")
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'training_invitation'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'training_booking'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'tailoring_decided'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'tailoring_applied'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'tailoring_failed'
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests"
            ADD CONSTRAINT "fk_tailoring_requests_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests"
            ADD CONSTRAINT "fk_tailoring_requests_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests"
            ADD CONSTRAINT "fk_tailoring_requests_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests"
            ADD CONSTRAINT "fk_tailoring_requests_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_modules"
            ADD CONSTRAINT "fk_training_modules_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_modules"
            ADD CONSTRAINT "fk_training_modules_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions"
            ADD CONSTRAINT "fk_training_sessions_module" FOREIGN KEY ("module_id") REFERENCES "training_modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions"
            ADD CONSTRAINT "fk_training_sessions_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions"
            ADD CONSTRAINT "fk_training_sessions_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_bookings"
            ADD CONSTRAINT "fk_training_bookings_session" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_bookings"
            ADD CONSTRAINT "fk_training_bookings_pwp" FOREIGN KEY ("pwp_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance"
            ADD CONSTRAINT "fk_training_attendance_session" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance"
            ADD CONSTRAINT "fk_training_attendance_pwp" FOREIGN KEY ("pwp_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance"
            ADD CONSTRAINT "fk_training_attendance_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_invitations"
            ADD CONSTRAINT "fk_training_invitations_session" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_invitations"
            ADD CONSTRAINT "fk_training_invitations_pwp" FOREIGN KEY ("pwp_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_invitations"
            ADD CONSTRAINT "fk_training_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "training_invitations" DROP CONSTRAINT "fk_training_invitations_invited_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_invitations" DROP CONSTRAINT "fk_training_invitations_pwp"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_invitations" DROP CONSTRAINT "fk_training_invitations_session"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance" DROP CONSTRAINT "fk_training_attendance_recorded_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance" DROP CONSTRAINT "fk_training_attendance_pwp"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance" DROP CONSTRAINT "fk_training_attendance_session"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_bookings" DROP CONSTRAINT "fk_training_bookings_pwp"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_bookings" DROP CONSTRAINT "fk_training_bookings_session"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions" DROP CONSTRAINT "fk_training_sessions_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions" DROP CONSTRAINT "fk_training_sessions_service"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_sessions" DROP CONSTRAINT "fk_training_sessions_module"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_modules" DROP CONSTRAINT "fk_training_modules_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_modules" DROP CONSTRAINT "fk_training_modules_service"
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests" DROP CONSTRAINT "fk_tailoring_requests_decided_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests" DROP CONSTRAINT "fk_tailoring_requests_requested_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests" DROP CONSTRAINT "fk_tailoring_requests_service"
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests" DROP CONSTRAINT "fk_tailoring_requests_patient"
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_type_old" AS ENUM(
                'assigned',
                'reply',
                'breach',
                'resolved',
                'risk',
                'waiting_on_you',
                'reset_failed'
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
            DROP INDEX "public"."ux_training_invitations_session_pwp"
        `);
        await queryRunner.query(`
            DROP TABLE "training_invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_training_attendance_session_pwp"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_training_attendance_pwp"
        `);
        await queryRunner.query(`
            DROP TABLE "training_attendance"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_training_bookings_live"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_training_bookings_pwp"
        `);
        await queryRunner.query(`
            DROP TABLE "training_bookings"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."training_booking_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_training_sessions_service_starts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_training_sessions_module"
        `);
        await queryRunner.query(`
            DROP TABLE "training_sessions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."training_session_mode"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_training_modules_topic"
        `);
        await queryRunner.query(`
            DROP TABLE "training_modules"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."training_format"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."training_topic"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_tailoring_requests_service_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_tailoring_requests_patient"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_tailoring_requests_requested_by"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_tailoring_requests_open"
        `);
        await queryRunner.query(`
            DROP TABLE "tailoring_requests"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."tailoring_decision"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."tailoring_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."tailoring_action"
        `);
    }

}
