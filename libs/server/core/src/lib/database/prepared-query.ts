import { createHash } from 'node:crypto';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/** What node-postgres's client and pool both answer: a named statement is parsed and planned once per connection. */
interface NamedStatementRunner {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();
let renamed = 0;

/** The statement's name: a hash of its text, so one name never stands for two texts (node-postgres refuses that). */
function nameOf(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `nd_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * A migration that adds a column to a table a prepared `SELECT t.*` or `RETURNING *` reads makes Postgres
 * refuse the prepared plan ("cached plan must not change result type", 0A000) on every connection that
 * holds it: the statement then takes a new name, which each connection prepares afresh.
 */
function isStalePlan(e: unknown): boolean {
  return (e as { code?: string }).code === '0A000' && /cached plan must not change result type/.test((e as Error).message);
}

/**
 * Runs a hot statement as a named prepared statement, so Postgres parses and plans it once per connection
 * rather than on every call: triage's batch read took 1.5 ms a call unnamed and 0.6–0.9 ms prepared, the
 * parse and plan of its CTEs being most of it (issue 17, measured against a bench database).
 * Only for statements whose best plan does not hang on their parameters' values (ids, arrays of a batch's
 * rows): after a few calls Postgres may keep one generic plan for every value.
 * `on`: the caller's transaction (its EntityManager) or the data source (any pooled connection). Answers the
 * rows (RETURNING's too); a failure is a TypeORM QueryFailedError, as from `query`. A plan a migration made
 * stale is prepared again under a new name (see isStalePlan).
 */
export async function preparedQuery<T>(on: EntityManager | DataSource, sql: string, params: readonly unknown[]): Promise<T[]> {
  // By shape, not instanceof: a data source has a driver, a manager its connection (and, in a transaction, a runner).
  const runner = 'driver' in on ? undefined : on.queryRunner;
  const dataSource = 'driver' in on ? on : on.connection;
  // Inside a transaction, its own connection; otherwise node-postgres's pool (TypeORM's `master`).
  const target = (runner ? await (runner as unknown as { connect(): Promise<NamedStatementRunner> }).connect() : (dataSource.driver as unknown as { master: NamedStatementRunner }).master) as NamedStatementRunner;
  const run = async () => (await target.query({ name: nameOf(sql), text: sql, values: [...params] })).rows as T[];
  try {
    return await run();
  } catch (e) {
    if (!isStalePlan(e)) throw new QueryFailedError(sql, [...params], e as Error);
    names.set(sql, `${nameOf(sql)}_${++renamed}`);
    // Outside a transaction it can go again at once; inside, the transaction is already aborted and its caller retries.
    if (runner) throw new QueryFailedError(sql, [...params], e as Error);
    return run().catch((again: Error) => {
      throw new QueryFailedError(sql, [...params], again);
    });
  }
}
