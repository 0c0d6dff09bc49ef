import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox relay claims its rows, rather than holding them locked in a transaction while it adds their
 * jobs to Redis (issue 17: BEGIN, SELECT … FOR UPDATE, UPDATE and COMMIT per batch became two statements).
 * `claimed_until`: a relay's claim; another relay skips the row until then, and a crashed relay's claim
 * simply lapses, after which the row is relayed again under the same job id (a no-op if the job is in Redis).
 */
export class OutboxClaims1796340000000 implements MigrationInterface {
  name = 'OutboxClaims1796340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "claimed_until" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "claimed_until"`);
  }
}
