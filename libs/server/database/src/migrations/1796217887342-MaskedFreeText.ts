import { MigrationInterface, QueryRunner } from 'typeorm';
import { maskIdentifiers } from '@navdesk/contracts';

const BATCH = 500;

/** One table's free-text column and its masked twin, filled from rows already stored. */
interface MaskedColumn {
  table: 'tickets' | 'incidents' | 'ticket_events';
  source: string;
  target: string;
}

const COLUMNS: MaskedColumn[][] = [
  [
    { table: 'tickets', source: 'title', target: 'title_masked' },
    { table: 'tickets', source: 'description', target: 'description_masked' },
  ],
  [{ table: 'incidents', source: 'title', target: 'title_masked' }],
  [{ table: 'ticket_events', source: 'body', target: 'body_masked' }],
];

/**
 * Free text is stored twice: as typed, and with identifiers (patient refs, NHS numbers, phone numbers,
 * e-mail addresses, postcodes, dates of birth) masked, for managers, reports and exports.
 *
 * The masking is TypeScript (the detector in @navdesk/contracts), so existing rows are read and written
 * back here in keyset batches, inside the migration: by the time any api or worker runs against the new
 * schema every row has its masked rendition, the NOT NULL constraints hold, and nothing has to be
 * remembered at start-up. `updated_at` and `version` are left alone: the text a user sees has not changed.
 */
export class MaskedFreeText1796217887342 implements MigrationInterface {
  name = 'MaskedFreeText1796217887342';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "title_masked" text`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD "description_masked" text`);
    await queryRunner.query(`ALTER TABLE "incidents" ADD "title_masked" text`);
    await queryRunner.query(`ALTER TABLE "ticket_events" ADD "body_masked" text`);
    const now = new Date();
    for (const columns of COLUMNS) await fillMasked(queryRunner, columns, now);
    await queryRunner.query(`ALTER TABLE "tickets" ALTER COLUMN "title_masked" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "tickets" ALTER COLUMN "description_masked" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "incidents" ALTER COLUMN "title_masked" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket_events" DROP COLUMN "body_masked"`);
    await queryRunner.query(`ALTER TABLE "incidents" DROP COLUMN "title_masked"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "description_masked"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "title_masked"`);
  }
}

/** Reads one table by id in batches and writes every masked column of a batch in one UPDATE. */
async function fillMasked(queryRunner: QueryRunner, columns: MaskedColumn[], now: Date): Promise<void> {
  const table = columns[0]?.table;
  if (!table) return;
  const sources = columns.map((c) => `"${c.source}"`).join(', ');
  const sets = columns.map((c, i) => `"${c.target}" = v.m${i}`).join(', ');
  const unnest = columns.map((_c, i) => `$${i + 2}::text[]`).join(', ');
  const names = columns.map((_c, i) => `m${i}`).join(', ');
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: Record<string, string | null>[] = await queryRunner.query(`SELECT id, ${sources} FROM "${table}" WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, [after]);
    if (!rows.length) return;
    const masked = columns.map((c) => rows.map((r) => (r[c.source] === null || r[c.source] === undefined ? null : maskIdentifiers(r[c.source] as string, now))));
    await queryRunner.query(`UPDATE "${table}" t SET ${sets} FROM unnest($1::uuid[], ${unnest}) AS v(id, ${names}) WHERE t.id = v.id`, [rows.map((r) => r['id']), ...masked]);
    after = rows[rows.length - 1]?.['id'] as string;
  }
}
