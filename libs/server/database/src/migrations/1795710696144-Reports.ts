import { MigrationInterface, QueryRunner } from "typeorm";

export class Reports1795710696144 implements MigrationInterface {
    name = 'Reports1795710696144'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "report_ticket_daily" (
                "service_id" uuid NOT NULL,
                "day" date NOT NULL,
                "dimension" text NOT NULL,
                "key" text NOT NULL,
                "tickets" integer NOT NULL,
                "fixable" integer NOT NULL,
                "not_fixable" integer NOT NULL,
                CONSTRAINT "PK_37cecf41b26c5dbc5391d9c1f65" PRIMARY KEY ("service_id", "day", "dimension", "key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_report_ticket_daily_dimension_day" ON "report_ticket_daily" ("dimension", "day")
        `);
        await queryRunner.query(`
            CREATE TABLE "report_ticket_ops_daily" (
                "service_id" uuid NOT NULL,
                "day" date NOT NULL,
                "priority" text NOT NULL,
                "tickets" integer NOT NULL,
                "resolved" integer NOT NULL,
                "sla_met" integer NOT NULL,
                "first_response_minutes" integer array NOT NULL DEFAULT '{}',
                "resolution_minutes" integer array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_eb2b729e2d921f73257286cb0b0" PRIMARY KEY ("service_id", "day", "priority")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_report_ticket_ops_daily_day" ON "report_ticket_ops_daily" ("day")
        `);
        await queryRunner.query(`
            CREATE TABLE "report_watermarks" (
                "name" text NOT NULL,
                "watermark" TIMESTAMP WITH TIME ZONE NOT NULL,
                "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1acc7ddbb3e81b0cad8cfc198ee" PRIMARY KEY ("name")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "report_reconciliations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "buckets_checked" integer NOT NULL,
                "drifted" integer NOT NULL,
                "detail" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "PK_8cfa247809128d039b429606073" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."report_export_status" AS ENUM('queued', 'running', 'done', 'failed')
        `);
        await queryRunner.query(`
            CREATE TABLE "report_exports" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "requested_by_id" uuid NOT NULL,
                "report" text NOT NULL,
                "params" jsonb NOT NULL,
                "service_ids" uuid array NOT NULL,
                "status" "public"."report_export_status" NOT NULL DEFAULT 'queued',
                "progress" integer NOT NULL DEFAULT '0',
                "rows" integer NOT NULL DEFAULT '0',
                "content" text,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "error" text,
                CONSTRAINT "PK_831f34e4d6c47ec2bb42a614465" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_report_exports_requested_by" ON "report_exports" ("requested_by_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_tickets_service_created" ON "tickets" ("service_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_tickets_updated_at" ON "tickets" ("updated_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "report_exports"
            ADD CONSTRAINT "fk_report_exports_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "report_exports" DROP CONSTRAINT "fk_report_exports_requested_by"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_tickets_updated_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_tickets_service_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_report_exports_requested_by"
        `);
        await queryRunner.query(`
            DROP TABLE "report_exports"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."report_export_status"
        `);
        await queryRunner.query(`
            DROP TABLE "report_reconciliations"
        `);
        await queryRunner.query(`
            DROP TABLE "report_watermarks"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_report_ticket_ops_daily_day"
        `);
        await queryRunner.query(`
            DROP TABLE "report_ticket_ops_daily"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_report_ticket_daily_dimension_day"
        `);
        await queryRunner.query(`
            DROP TABLE "report_ticket_daily"
        `);
    }

}
