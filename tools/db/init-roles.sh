#!/usr/bin/env bash
# Creates Navdesk's two database roles, idempotently, connected as an administrator with psql:
#   the owner role (NAVDESK_OWNER_ROLE, default navdesk_owner) owns the schema and runs the migrations;
#   the runtime role (NAVDESK_APP_ROLE, default navdesk_app) is what the api and the worker connect as.
# Neither is a superuser nor may create roles or databases. Passwords come from NAVDESK_OWNER_PASSWORD and
# NAVDESK_APP_PASSWORD (unset: no password, for servers that trust local connections). When NAVDESK_DB
# is set, that database is created owned by the owner role, or handed to it if it exists (the empty one
# the postgres image makes from POSTGRES_DB; a database already holding Navdesk's tables needs
# tools/db/adopt-schema.sql as well, see the README).
#
# Used by the postgres service of docker-compose.yml (mounted in /docker-entrypoint-initdb.d/, run once
# when the volume is first initialised) and by .ci/run. The connection comes from the usual PG*
# variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); in the postgres image it is the local socket as
# POSTGRES_USER.
set -euo pipefail

owner="${NAVDESK_OWNER_ROLE:-navdesk_owner}"
app="${NAVDESK_APP_ROLE:-navdesk_app}"
db="${NAVDESK_DB:-}"

psql -X -q -v ON_ERROR_STOP=1 \
  --username "${PGUSER:-${POSTGRES_USER:-postgres}}" --dbname postgres \
  -v owner="$owner" -v owner_password="${NAVDESK_OWNER_PASSWORD:-}" \
  -v app="$app" -v app_password="${NAVDESK_APP_PASSWORD:-}" \
  -v db="$db" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', r)
  FROM unnest(ARRAY[:'owner', :'app']) AS r WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec

-- An existing role that may do more is refused, never altered: it may be the administrator itself.
SELECT set_config('navdesk.owner_role', :'owner', false), set_config('navdesk.app_role', :'app', false) \g /dev/null
DO $check$
DECLARE
  bad text;
BEGIN
  SELECT string_agg(rolname, ', ') INTO bad FROM pg_roles
   WHERE rolname IN (current_setting('navdesk.owner_role'), current_setting('navdesk.app_role'))
     AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR NOT rolcanlogin);
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'the role(s) % exist but cannot log in, or may do more than Navdesk''s roles should (superuser, create roles or databases)', bad;
  END IF;
END
$check$;

SELECT format('ALTER ROLE %I PASSWORD %L', :'owner', :'owner_password') WHERE :'owner_password' <> '' \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'app', :'app_password') WHERE :'app_password' <> '' \gexec

SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
 WHERE :'db' <> '' AND NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'owner')
 WHERE :'db' <> '' AND EXISTS (SELECT FROM pg_database WHERE datname = :'db' AND pg_get_userbyid(datdba) <> :'owner') \gexec
SQL
echo "Database roles ready: owner ${owner}, runtime ${app}${db:+; database ${db} owned by ${owner}}"
