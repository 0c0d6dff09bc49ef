import { Client } from 'pg';
import { adminUrlOf, quoteIdent } from './database-roles';

/**
 * Creates the database named in `databaseUrl` when it is missing (used by `npm start` and tests),
 * connected as `adminUrl`'s user (default: `databaseUrl`'s), owned by `owner` when given (the owner
 * role then owns its schema `public`, where the migrations create everything).
 */
export async function ensureDatabase(databaseUrl: string, options: { adminUrl?: string; owner?: string } = {}): Promise<boolean> {
  const name = databaseNameOf(databaseUrl);
  const admin = new Client({ connectionString: adminUrlOf(options.adminUrl ?? databaseUrl) });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}${options.owner ? ` OWNER ${quoteIdent(options.owner)}` : ''}`);
    return true;
  } finally {
    await admin.end();
  }
}

/** Drops a database, closing other connections to it (tests' clean-up); `adminUrl` as above. */
export async function dropDatabase(databaseUrl: string, adminUrl = databaseUrl): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  const admin = new Client({ connectionString: adminUrlOf(adminUrl) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function databaseNameOf(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!/^[a-zA-Z0-9_-]+$/.test(name)) throw new Error(`DATABASE_URL names an unusable database: ${name}`);
  return name;
}
