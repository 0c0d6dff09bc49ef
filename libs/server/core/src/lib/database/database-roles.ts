import { Client } from 'pg';
import type { AppConfig } from '../config/config.schema';

/** The roles' names when nothing else is configured (README: Database roles). */
export const DEFAULT_OWNER_ROLE = 'navdesk_owner';
export const DEFAULT_RUNTIME_ROLE = 'navdesk_app';

/** The owner role's URL: DATABASE_MIGRATION_URL, or else DATABASE_URL as the user navdesk_owner (no password). */
export function migrationUrlOf(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_MIGRATION_URL'>): string {
  if (config.DATABASE_MIGRATION_URL) return config.DATABASE_MIGRATION_URL;
  const url = new URL(config.DATABASE_URL);
  url.username = DEFAULT_OWNER_ROLE;
  url.password = '';
  return url.toString();
}

/** The runtime role: the user DATABASE_URL connects as (the migrations grant to it). */
export function runtimeRoleOf(config: Pick<AppConfig, 'DATABASE_URL'>): string {
  return decodeURIComponent(new URL(config.DATABASE_URL).username) || DEFAULT_RUNTIME_ROLE;
}

const ROLE_ATTRIBUTES = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';

export interface DatabaseRole {
  name: string;
  password?: string;
}

/**
 * Creates the owner and the runtime role when missing, connected as an administrator: both log in,
 * neither is a superuser nor may create roles or databases (an existing role that may is refused, not
 * altered). Idempotent and safe when several processes run it at once (the test files). On a managed
 * Postgres the README's SQL does the same; `npm start` and compose use tools/db.
 */
export async function ensureDatabaseRoles(adminUrl: string, roles: { owner: DatabaseRole; runtime: DatabaseRole }): Promise<void> {
  const admin = new Client({ connectionString: adminUrlOf(adminUrl) });
  await admin.connect();
  try {
    for (const role of [roles.owner, roles.runtime]) {
      const ident = quoteIdent(role.name);
      const found = await admin.query<{ right: boolean }>(
        `SELECT rolcanlogin AND NOT (rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls) AS right FROM pg_roles WHERE rolname = $1`,
        [role.name],
      );
      if (!found.rowCount) {
        try {
          await admin.query(`CREATE ROLE ${ident} ${ROLE_ATTRIBUTES}`);
        } catch (e) {
          // 42710: the role exists; 23505: another process created it at the same moment.
          if (!isPgError(e, '42710') && !isPgError(e, '23505')) throw e;
        }
      } else if (!found.rows[0]?.right) {
        // Never demote a role someone else made (it may be the administrator itself): say what is wrong.
        throw new Error(`The database role ${role.name} exists but cannot log in, or is a superuser or may create roles or databases; Navdesk's roles must not (README: Database roles)`);
      }
      if (role.password) await admin.query(`ALTER ROLE ${ident} PASSWORD ${quoteLiteral(role.password)}`);
    }
  } finally {
    await admin.end();
  }
}

/** The same server's maintenance database `postgres`. */
export function adminUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function isPgError(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}
