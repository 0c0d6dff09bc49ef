import { DataSource, QueryFailedError } from 'typeorm';
import { buildDataSourceOptions, createTestEnv, preparedQuery, type TestEnv } from '@navdesk/server/core';

/**
 * preparedQuery on a real Postgres: a named statement is prepared once per connection and then reused,
 * inside a transaction it runs on that transaction's connection (it sees its uncommitted rows), outside
 * on the pool, and a failure is a QueryFailedError as TypeORM's own `query` gives.
 */
describe('preparedQuery', () => {
  let env: TestEnv;
  let db: DataSource;
  // One connection, as the owner role (these tests make their own tables): the pool's statements are all on it.

  beforeAll(async () => {
    env = await createTestEnv('prepared');
    db = await new DataSource(buildDataSourceOptions({ DATABASE_URL: env.migrationUrl, DATABASE_POOL_SIZE: 1 }, [], [])).initialize();
  });

  afterAll(async () => {
    await db.destroy();
    await env.cleanup();
  });

  it('prepares a statement once per connection and runs it on the transaction it is given', async () => {
    const sql = `SELECT $1::int + 1 AS n, (SELECT count(*)::int FROM pg_prepared_statements WHERE statement LIKE '%$1::int + 1 AS n%') AS prepared`;
    await db.transaction(async (manager) => {
      await manager.query(`CREATE TEMP TABLE seen (x int) ON COMMIT DROP`);
      await manager.query(`INSERT INTO seen VALUES (41)`);
      const first = await preparedQuery<{ n: number; prepared: number }>(manager, sql, [1]);
      const again = await preparedQuery<{ n: number; prepared: number }>(manager, sql, [2]);
      expect(first).toEqual([{ n: 2, prepared: 1 }]);
      expect(again).toEqual([{ n: 3, prepared: 1 }]);
      // The temp table exists only on the transaction's own connection.
      expect(await preparedQuery(manager, `SELECT x FROM seen`, [])).toEqual([{ x: 41 }]);
    });
    expect(await preparedQuery(db, sql, [9])).toEqual([{ n: 10, prepared: 1 }]);
  });

  it('answers the rows of UPDATE … RETURNING, and fails as TypeORM does', async () => {
    await db.query(`CREATE TABLE prepared_probe (id int PRIMARY KEY, v text)`);
    await db.query(`INSERT INTO prepared_probe VALUES (1, 'a'), (2, 'b')`);
    expect(await preparedQuery(db, `UPDATE prepared_probe SET v = v || '!' WHERE id = ANY($1::int[]) RETURNING id, v`, [[2]])).toEqual([{ id: 2, v: 'b!' }]);
    await expect(preparedQuery(db, `INSERT INTO prepared_probe VALUES ($1, 'c')`, [1])).rejects.toBeInstanceOf(QueryFailedError);
    await expect(preparedQuery(db, `SELECT $1::uuid AS id`, ['not-a-uuid'])).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '22P02' }) });
  });

  it('prepares `SELECT *` again after a migration adds a column, rather than failing from then on', async () => {
    // A failed query's pooled connection is closed (node-postgres): a real table, seen by the next one.
    await db.query(`CREATE TABLE migrating (id int)`);
    await db.query(`INSERT INTO migrating VALUES (1)`);
    const sql = `SELECT * FROM migrating WHERE id = $1`;
    expect(await preparedQuery(db, sql, [1])).toEqual([{ id: 1 }]);
    await db.query(`ALTER TABLE migrating ADD COLUMN added text DEFAULT 'new'`);
    expect(await preparedQuery(db, sql, [1])).toEqual([{ id: 1, added: 'new' }]);
    // Inside a transaction the stale plan fails that transaction (its caller retries); the next one prepares afresh.
    await db.query(`ALTER TABLE migrating ADD COLUMN again int DEFAULT 2`);
    await expect(db.transaction((manager) => preparedQuery(manager, sql, [1]))).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '0A000' }) });
    expect(await db.transaction((manager) => preparedQuery(manager, sql, [1]))).toEqual([{ id: 1, added: 'new', again: 2 }]);
  });
});
