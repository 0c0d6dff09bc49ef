-- Hands a Navdesk database made before the two database roles (everything owned by the superuser that
-- ran the migrations then) to the owner role, so the migrations, run as the owner role, can grant the
-- runtime role its privileges. Run it once, as an administrator, connected to that database:
--   psql -c "SET navdesk.owner_role = 'navdesk_owner'" -f tools/db/adopt-schema.sql "postgres://admin@host/navdesk"
-- `npm start` runs it by itself when it finds such a database. Idempotent.
DO $adopt$
DECLARE
  owner text := current_setting('navdesk.owner_role');
  r record;
BEGIN
  EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), owner);
  -- PostgreSQL 15 gives schema public to the database's owner; older servers give it to the superuser.
  IF (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public') <> 'pg_database_owner' THEN
    EXECUTE format('ALTER SCHEMA public OWNER TO %I', owner);
  END IF;
  -- Tables (partitions too, one by one), views, and sequences of their own (a column's sequence follows its table).
  FOR r IN
    SELECT c.oid::regclass AS name, CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> owner
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', r.kind, r.name, owner);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> owner
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.name, owner);
  END LOOP;
  -- Enums and domains (a table's row type follows its table).
  FOR r IN
    SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> owner
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, owner);
  END LOOP;
END
$adopt$;
