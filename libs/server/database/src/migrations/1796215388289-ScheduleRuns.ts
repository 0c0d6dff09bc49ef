import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One row per scheduled job: seeded when a worker registers it, stamped around each run. Health reads
 * it to answer `degraded` when a schedule is late, and admins read it on the schedules page.
 */
export class ScheduleRuns1796215388289 implements MigrationInterface {
    name = 'ScheduleRuns1796215388289'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "schedule_runs" (
                "queue" text NOT NULL,
                "name" text NOT NULL,
                "every_ms" integer,
                "pattern" text,
                "tz" text,
                "expected_interval_ms" bigint NOT NULL,
                "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_started_at" TIMESTAMP WITH TIME ZONE,
                "last_succeeded_at" TIMESTAMP WITH TIME ZONE,
                "last_failed_at" TIMESTAMP WITH TIME ZONE,
                "last_error" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_schedule_runs" PRIMARY KEY ("queue", "name")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "schedule_runs"`);
    }
}
