import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagement's dirty days are claimed, not locked, while their rollup is recomputed (issue 17: the soak's
 * ingest p99 climbed as it waited on the rollup's row locks of the days it re-dirtied).
 * - `version`: ingest bumps it when it re-dirties a day; the rollup deletes a day only at the version it
 *   recomputed, so a day dirtied again meanwhile stays for the next round.
 * - `claimed_until`: a drain's claim; another drain skips the day until then, and a crashed drain's
 *   claim simply lapses.
 */
export class DirtyDayClaims1796320000000 implements MigrationInterface {
  name = 'DirtyDayClaims1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "engagement_dirty_days" ADD "version" bigint NOT NULL DEFAULT 0, ADD "claimed_until" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "engagement_dirty_days" DROP COLUMN "claimed_until", DROP COLUMN "version"`);
  }
}
