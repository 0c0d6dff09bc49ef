import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The runtime role's name: the migration step passes it as the session setting `navdesk.runtime_role`
 * (the user of DATABASE_URL); the CLI falls back to the documented default.
 */
export const RUNTIME_ROLE = `coalesce(nullif(current_setting('navdesk.runtime_role', true), ''), 'navdesk_app')`;

/**
 * Least privilege. Migrations run as the owner role, which owns every object; the api and the worker
 * connect as the runtime role, which owns nothing and may only read and write rows. Default privileges
 * carry the grants to every table a later migration creates; a table that must stay append-only
 * revokes UPDATE and DELETE in its own migration, as audit_log does here. So the runtime role cannot
 * change, empty, alter or drop the audit log, nor disable its trigger.
 */
export class LeastPrivilegeRoles1796217575467 implements MigrationInterface {
  name = 'LeastPrivilegeRoles1796217575467';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $grants$
      DECLARE
        app text := ${RUNTIME_ROLE};
      BEGIN
        IF app = current_user THEN
          RAISE WARNING 'navdesk: migrations run as the runtime role %, which then owns everything; set DATABASE_MIGRATION_URL to the owner role (README: Database roles)', app;
          RETURN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
          RAISE EXCEPTION 'navdesk: the runtime role "%" does not exist; create it first (README: Database roles)', app;
        END IF;
        -- PostgreSQL 14 and older let every role create tables in public: only the owner may.
        IF pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'public'), 'USAGE') THEN
          REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
        -- The audit log is append-only by privilege, not only by trigger.
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM %I', app);
        -- The migration history is the owner's to write.
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON typeorm_migrations FROM %I', app);
        -- The demo seeder moves the ticket reference counter past the tickets it writes (setval).
        EXECUTE format('GRANT UPDATE ON SEQUENCE ticket_reference_seq TO %I', app);
        -- The worker prepares engagement_events' monthly partitions: through this function, which runs as
        -- its owner, so the partitions belong to the owner and the runtime role needs no CREATE anywhere.
        ALTER FUNCTION navdesk_ensure_engagement_partition(date) SECURITY DEFINER SET search_path = public, pg_temp;
        REVOKE EXECUTE ON FUNCTION navdesk_ensure_engagement_partition(date) FROM PUBLIC;
        EXECUTE format('GRANT EXECUTE ON FUNCTION navdesk_ensure_engagement_partition(date) TO %I', app);
      END
      $grants$
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $revoke$
      DECLARE
        app text := ${RUNTIME_ROLE};
      BEGIN
        ALTER FUNCTION navdesk_ensure_engagement_partition(date) SECURITY INVOKER RESET search_path;
        GRANT EXECUTE ON FUNCTION navdesk_ensure_engagement_partition(date) TO PUBLIC;
        IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
          RETURN;
        END IF;
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM %I', app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM %I', app);
        EXECUTE format('REVOKE ALL ON FUNCTION navdesk_ensure_engagement_partition(date) FROM %I', app);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', app);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', app);
      END
      $revoke$
    `);
  }
}
