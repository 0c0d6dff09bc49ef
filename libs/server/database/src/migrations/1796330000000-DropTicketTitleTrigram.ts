import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops the trigram index on tickets.title (issue 17). No query could use it: the ticket search ORs the
 * title with the reference and the description, which have no trigram index, so Postgres scans either
 * way (EXPLAIN shows a filter, never this index). Yet every insert and every update of a ticket (intake,
 * triage, each status change) wrote some forty trigram entries into it.
 */
export class DropTicketTitleTrigram1796330000000 implements MigrationInterface {
  name = 'DropTicketTitleTrigram1796330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ix_tickets_title_trgm`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_tickets_title_trgm ON tickets USING gin (title gin_trgm_ops)`);
  }
}
