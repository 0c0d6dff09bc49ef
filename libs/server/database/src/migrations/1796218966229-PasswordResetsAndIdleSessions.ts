import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forgotten passwords and idle sessions: `password_reset_tokens` holds one row per reset request
 * (only the token's keyed hash, set by the worker when it sends the e-mail); `auth_sessions.last_used_at`
 * is when the person last used the session, for SESSION_IDLE_MINUTES.
 */
export class PasswordResetsAndIdleSessions1796218966229 implements MigrationInterface {
  name = 'PasswordResetsAndIdleSessions1796218966229';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`
            CREATE TABLE "password_reset_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_password_reset_tokens" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_password_reset_tokens_token_hash" ON "password_reset_tokens" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "ix_password_reset_tokens_user" ON "password_reset_tokens" ("user_id")`);
    await queryRunner.query(`
            ALTER TABLE "password_reset_tokens"
            ADD CONSTRAINT "fk_password_reset_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP COLUMN "last_used_at"`);
  }
}
