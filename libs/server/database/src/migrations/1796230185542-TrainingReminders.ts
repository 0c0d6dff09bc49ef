import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training reminders (issue 16): `training_reminders` (training) records each day-before reminder, one
 * per session and PWP, written with the bell notification and its e-mail job so a rerun sends nothing
 * twice; the bell learns the notification type `training_reminder`.
 */
export class TrainingReminders1796230185542 implements MigrationInterface {
  name = 'TrainingReminders1796230185542';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TYPE "public"."notification_type" ADD VALUE 'training_reminder'`,
    );
    await q.query(
      `CREATE TYPE "public"."training_reminder_reason" AS ENUM('booked', 'invited')`,
    );
    await q.query(`
      CREATE TABLE "training_reminders" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "pwp_id" uuid NOT NULL,
        "reason" "public"."training_reminder_reason" NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_training_reminders" PRIMARY KEY ("id")
      )
    `);
    await q.query(
      `CREATE UNIQUE INDEX "ux_training_reminders_session_pwp" ON "training_reminders" ("session_id", "pwp_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_training_reminders_pwp" ON "training_reminders" ("pwp_id")`,
    );
    await q.query(
      `ALTER TABLE "training_reminders" ADD CONSTRAINT "fk_training_reminders_session" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_reminders" ADD CONSTRAINT "fk_training_reminders_pwp" FOREIGN KEY ("pwp_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "training_reminders"`);
    await q.query(`DROP TYPE "public"."training_reminder_reason"`);
    // Postgres cannot drop one value of an enum: the type is rebuilt without it.
    await q.query(
      `DELETE FROM "notifications" WHERE "type" = 'training_reminder'`,
    );
    await q.query(
      `ALTER TYPE "public"."notification_type" RENAME TO "notification_type_old"`,
    );
    await q.query(`
      CREATE TYPE "public"."notification_type" AS ENUM('assigned', 'reply', 'breach', 'resolved', 'risk', 'waiting_on_you', 'reset_failed',
        'training_invitation', 'training_booking', 'tailoring_decided', 'tailoring_applied', 'tailoring_failed', 'tailoring_moot')
    `);
    await q.query(
      `ALTER TABLE "notifications" ALTER COLUMN "type" TYPE "public"."notification_type" USING "type"::"text"::"public"."notification_type"`,
    );
    await q.query(`DROP TYPE "public"."notification_type_old"`);
  }
}
