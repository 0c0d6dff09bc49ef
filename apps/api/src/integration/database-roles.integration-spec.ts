import { QueryFailedError } from 'typeorm';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

/** What Postgres answered when it refused a statement: its SQLSTATE and message. */
async function refusal(run: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run;
  } catch (e) {
    if (e instanceof QueryFailedError) return { code: String((e.driverError as { code?: unknown }).code), message: e.message };
    throw e;
  }
  throw new Error('the statement was allowed');
}

/** 42501: insufficient_privilege. The message shows it was the privilege system, not the trigger, that said no. */
const DENIED = { code: '42501', message: expect.stringMatching(/^(permission denied|must be owner)/) };

describe('database roles: the api and worker run as a role that cannot change the audit log', () => {
  let t: ApiTestApp;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'dbroles', seedDemo: true });
  });

  afterAll(async () => {
    await t.close();
  });

  it('connects the app as the runtime role, which is no superuser and may create no roles or databases', async () => {
    const [role] = await t.db.query(
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: 'navdesk_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
  });

  it('lets the runtime role own nothing: the owner role owns the database and every object the migrations made', async () => {
    const [owned] = await t.db.query(`
      SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid)::int AS relations,
             (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)::int AS functions,
             (SELECT count(*) FROM pg_type WHERE typowner = r.oid)::int AS types,
             (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid)::int AS schemas,
             (SELECT count(*) FROM pg_database WHERE datdba = r.oid)::int AS databases
        FROM pg_roles r WHERE r.rolname = current_user`);
    expect(owned).toEqual({ relations: 0, functions: 0, types: 0, schemas: 0, databases: 0 });
    const [tables] = await t.db.query(
      `SELECT array_agg(DISTINCT pg_get_userbyid(c.relowner)::text) AS owners FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`,
    );
    expect(tables.owners).toEqual(['navdesk_owner']);
  });

  it('lets the runtime role add to and read the audit log', async () => {
    await t.db.query(`INSERT INTO audit_log (actor_type, action, outcome) VALUES ('system', 'roles.test', 'success')`);
    expect(await t.db.query(`SELECT action FROM audit_log WHERE action = 'roles.test'`)).toEqual([{ action: 'roles.test' }]);
  });

  it('refuses the runtime role UPDATE, DELETE and TRUNCATE on the audit log by privilege, before any trigger', async () => {
    expect(await refusal(t.db.query(`UPDATE audit_log SET action = 'changed' WHERE action = 'roles.test'`))).toEqual(DENIED);
    expect(await refusal(t.db.query(`DELETE FROM audit_log WHERE action = 'roles.test'`))).toEqual(DENIED);
    expect(await refusal(t.db.query(`TRUNCATE audit_log`))).toEqual(DENIED);
    expect(await t.db.query(`SELECT action FROM audit_log WHERE action = 'roles.test'`)).toEqual([{ action: 'roles.test' }]);
  });

  it('refuses the runtime role disabling or dropping the trigger, altering or dropping the table', async () => {
    expect(await refusal(t.db.query(`ALTER TABLE audit_log DISABLE TRIGGER ALL`))).toEqual(DENIED);
    expect(await refusal(t.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`))).toEqual(DENIED);
    expect(await refusal(t.db.query(`DROP TRIGGER audit_log_no_update_delete ON audit_log`))).toEqual(DENIED);
    expect(await refusal(t.db.query(`ALTER TABLE audit_log ADD COLUMN note text`))).toEqual(DENIED);
    expect(await refusal(t.db.query(`DROP TABLE audit_log`))).toEqual(DENIED);
    expect(await refusal(t.db.query(`CREATE TABLE audit_log_copy (id int)`))).toEqual(DENIED);
    // Granting itself more is no error in Postgres, only a warning that nothing was granted.
    await t.db.query(`GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO navdesk_app`);
    const [may] = await t.db.query(
      `SELECT has_table_privilege('audit_log', 'UPDATE') AS update, has_table_privilege('audit_log', 'DELETE') AS delete, has_table_privilege('audit_log', 'TRUNCATE') AS truncate`,
    );
    expect(may).toEqual({ update: false, delete: false, truncate: false });
    const triggers = await t.db.query(`SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal ORDER BY tgname`);
    expect(triggers).toEqual([
      { tgname: 'audit_log_no_truncate', tgenabled: 'O' },
      { tgname: 'audit_log_no_update_delete', tgenabled: 'O' },
    ]);
  });

  it('keeps the trigger as a second line: even the owner role cannot change a row', async () => {
    await expect(t.asOwner(`UPDATE audit_log SET action = 'changed' WHERE action = 'roles.test'`)).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('lets the runtime role prepare a month of engagement_events, whose partition the owner role owns', async () => {
    const [{ name }] = await t.db.query(`SELECT navdesk_ensure_engagement_partition('2031-05-01'::date) AS name`);
    expect(name).toBe('engagement_events_y2031m05');
    const [part] = await t.db.query(`SELECT pg_get_userbyid(relowner) AS owner, relispartition FROM pg_class WHERE relname = $1`, [name]);
    expect(part).toEqual({ owner: 'navdesk_owner', relispartition: true });
  });

  it('still works: a sign-in answers with an X-Request-Id, and its audit row carries that id', async () => {
    const res = await t.call('POST', '/api/auth/login', { body: { email: 'admin@navdesk.test', password: 'navdesk-demo' } });
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await t.db.query(`SELECT request_id, outcome FROM audit_log WHERE action = 'auth.login' AND actor_label = 'admin@navdesk.test' ORDER BY id DESC`);
    expect(rows).toEqual([{ request_id: requestId, outcome: 'success' }]);
  });

  it("keeps a caller's own sane X-Request-Id, in the response and in the audit row", async () => {
    const mine = 'proxy-7f3a9c21-trace';
    const res = await t.call('POST', '/api/auth/login', { body: { email: 'nav1@navdesk.test', password: 'wrong-password-here' }, headers: { 'x-request-id': mine } });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toBe(mine);
    expect(await t.db.query(`SELECT request_id FROM audit_log WHERE action = 'auth.login' AND actor_label = 'nav1@navdesk.test'`)).toEqual([{ request_id: mine }]);
  });
});
