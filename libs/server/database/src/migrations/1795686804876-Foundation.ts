import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795686804876 implements MigrationInterface {
  name = 'Foundation1795686804876';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "queue" text NOT NULL,
                "job_name" text NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}'::jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "dispatched_at" TIMESTAMP WITH TIME ZONE,
                "dispatch_attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_pending" ON "outbox_messages" ("created_at")
            WHERE dispatched_at IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "services" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "name" text NOT NULL,
                "timezone" text NOT NULL DEFAULT 'Europe/London',
                CONSTRAINT "PK_ba2d347a3168a296416c6c5ccb2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_services_code" ON "services" ("code")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM('pwp', 'navigator', 'manager', 'admin')
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "name" text NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "password_hash" text NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "auth_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "ip" inet,
                CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_auth_sessions_token_hash" ON "auth_sessions" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_auth_sessions_user" ON "auth_sessions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "integration_keys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "service_id" uuid NOT NULL,
                "name" text NOT NULL,
                "key_prefix" text NOT NULL,
                "key_hash" text NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_9cf13339571bac4a3a919e59c33" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_integration_keys_key_hash" ON "integration_keys" ("key_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_integration_keys_service" ON "integration_keys" ("service_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_type" text NOT NULL,
                "actor_id" uuid,
                "actor_label" text,
                "action" text NOT NULL,
                "entity_type" text,
                "entity_id" text,
                "service_id" uuid,
                "outcome" text NOT NULL,
                "ip" inet,
                "request_id" text,
                "detail" jsonb,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity_type", "entity_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_occurred_at" ON "audit_log" ("occurred_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbound_emails" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dedupe_key" text NOT NULL,
                "recipient" text NOT NULL,
                "subject" text NOT NULL,
                "body" text NOT NULL,
                "transport" text NOT NULL DEFAULT 'database',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d07cd54ab4e5dd921ff509203ae" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_outbound_emails_dedupe_key" ON "outbound_emails" ("dedupe_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbound_emails_recipient" ON "outbound_emails" ("recipient", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."session_mode" AS ENUM('face_to_face', 'online')
        `);
    await queryRunner.query(`
            CREATE TABLE "patient_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "number" smallint NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "mode" "public"."session_mode" NOT NULL,
                CONSTRAINT "PK_a51ef983e53a79e4265a11eda76" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_patient_sessions_starts_at" ON "patient_sessions" ("starts_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_patient_sessions_number" ON "patient_sessions" ("patient_id", "number")
        `);
    await queryRunner.query(`
            CREATE TABLE "patients" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "ref" text NOT NULL,
                "service_id" uuid NOT NULL,
                "pwp_id" uuid NOT NULL,
                "mandatory_modules" text array NOT NULL DEFAULT '{}'::text [],
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_a7f0b9fcbb3469d5ec0b0aceaa7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_patients_ref" ON "patients" ("ref")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_patients_service_pwp" ON "patients" ("service_id", "pwp_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_services" (
                "user_id" uuid NOT NULL,
                "service_id" uuid NOT NULL,
                CONSTRAINT "PK_68ed409cb707ddff39f47691f68" PRIMARY KEY ("user_id", "service_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_37ea84a080a4b47133471852d5" ON "user_services" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_74bbbb213ecc45e9444e3145b2" ON "user_services" ("service_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD CONSTRAINT "fk_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "integration_keys"
            ADD CONSTRAINT "fk_integration_keys_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "integration_keys"
            ADD CONSTRAINT "fk_integration_keys_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_sessions"
            ADD CONSTRAINT "fk_patient_sessions_patient" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "patients"
            ADD CONSTRAINT "fk_patients_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "patients"
            ADD CONSTRAINT "fk_patients_pwp" FOREIGN KEY ("pwp_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_services"
            ADD CONSTRAINT "fk_user_services_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "user_services"
            ADD CONSTRAINT "fk_user_services_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_services" DROP CONSTRAINT "fk_user_services_service"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_services" DROP CONSTRAINT "fk_user_services_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "patients" DROP CONSTRAINT "fk_patients_pwp"
        `);
    await queryRunner.query(`
            ALTER TABLE "patients" DROP CONSTRAINT "fk_patients_service"
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_sessions" DROP CONSTRAINT "fk_patient_sessions_patient"
        `);
    await queryRunner.query(`
            ALTER TABLE "integration_keys" DROP CONSTRAINT "fk_integration_keys_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "integration_keys" DROP CONSTRAINT "fk_integration_keys_service"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP CONSTRAINT "fk_auth_sessions_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_74bbbb213ecc45e9444e3145b2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_37ea84a080a4b47133471852d5"
        `);
    await queryRunner.query(`
            DROP TABLE "user_services"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_patients_service_pwp"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_patients_ref"
        `);
    await queryRunner.query(`
            DROP TABLE "patients"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_patient_sessions_number"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_patient_sessions_starts_at"
        `);
    await queryRunner.query(`
            DROP TABLE "patient_sessions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."session_mode"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbound_emails_recipient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_outbound_emails_dedupe_key"
        `);
    await queryRunner.query(`
            DROP TABLE "outbound_emails"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_occurred_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_entity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_actor"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_integration_keys_service"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_integration_keys_key_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "integration_keys"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_auth_sessions_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_auth_sessions_token_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "auth_sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_services_code"
        `);
    await queryRunner.query(`
            DROP TABLE "services"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
  }
}
