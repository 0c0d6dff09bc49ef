import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { HealthView, ScheduleView } from '@navdesk/contracts';
import { deleteRedisPrefix } from '@navdesk/server/core';
import { demoProgrammeKey } from '@navdesk/server/demo';
import { ENGAGEMENT_JOBS, ENGAGEMENT_QUEUE } from '@navdesk/server/engagement';
import { MAINTENANCE_JOBS, MAINTENANCE_QUEUE } from '@navdesk/server/identity';
import { REPORTS_JOBS, REPORTS_QUEUE } from '@navdesk/server/reports';
import { PROGRAMME_JOBS, PROGRAMME_QUEUE } from '@navdesk/server/resets';
import { startApiTestApp, startWorkerTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { TICKET_JOBS, TICKETS_QUEUE } from '@navdesk/server/tickets';
import { TRAINING_JOBS, TRAINING_QUEUE } from '@navdesk/server/training';

const DAY = 86_400_000;

/** Every schedule the worker declares, as `queue/name`. */
const ALL_SCHEDULES = [
  ...Object.values(ENGAGEMENT_JOBS).map((n) => `${ENGAGEMENT_QUEUE}/${n}`),
  `${MAINTENANCE_QUEUE}/${MAINTENANCE_JOBS.pruneSessions}`,
  `${PROGRAMME_QUEUE}/${PROGRAMME_JOBS.trackResets}`,
  ...[REPORTS_JOBS.refreshRollups, REPORTS_JOBS.reconcileRollups, REPORTS_JOBS.weeklyDigest, REPORTS_JOBS.purgeExpiredExports].map((n) => `${REPORTS_QUEUE}/${n}`),
  `${TICKETS_QUEUE}/${TICKET_JOBS.slaSweep}`,
  `${TRAINING_QUEUE}/${TRAINING_JOBS.sessionReminders}`,
].sort();

const keyOf = (s: { queue: string; name: string }): string => `${s.queue}/${s.name}`;

describe('schedules: kept in Redis, recorded in Postgres, late ones named by health', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let admin: string;
  let navigator: string;
  let key: string;
  let patientRef: string;

  const schedules = async (): Promise<ScheduleView[]> => {
    const res = await t.call('GET', '/api/admin/schedules', { token: admin });
    if (res.status !== 200) throw new Error(`GET /api/admin/schedules answered ${res.status}`);
    return res.body as ScheduleView[];
  };
  const schedule = async (k: string): Promise<ScheduleView | undefined> => (await schedules()).find((s) => keyOf(s) === k);
  const allInRedis = () => waitFor('every schedule to be registered in Redis', schedules, (list) => list.length === ALL_SCHEDULES.length && list.every((s) => s.inRedis === true), 15_000);

  beforeAll(async () => {
    t = await startApiTestApp({
      label: 'schedules',
      seedDemo: true,
      env: { ENGAGEMENT_PROCESS_EVERY_MS: '300', REPORTS_REFRESH_EVERY_MS: '300', SCHEDULES_CHECK_EVERY_MS: '500' },
    });
    // A schedule an older release declared: its record must not keep health degraded for ever.
    await t.db.query(`INSERT INTO schedule_runs (queue, name, every_ms, expected_interval_ms, registered_at) VALUES ('reports', 'retired-job', 60000, 60000, now() - interval '1 day')`);
    worker = await startWorkerTestApp();
    admin = (await t.signIn('admin@navdesk.test')).accessToken;
    navigator = (await t.signIn('nav1@navdesk.test')).accessToken;
    const pwp = await t.signIn('pwp01@navdesk.test');
    const [service] = (await t.db.query(`SELECT code FROM services WHERE id = $1`, [pwp.user.serviceIds[0]])) as { code: string }[];
    key = demoProgrammeKey(service?.code ?? '');
    const [patient] = (await t.db.query(`SELECT ref FROM patients WHERE pwp_id = $1 ORDER BY ref LIMIT 1`, [pwp.user.id])) as { ref: string }[];
    patientRef = patient?.ref ?? '';
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await worker?.close();
    await t?.close();
  });

  it('shows admins every declared schedule (and no retired one), registered in Redis, with its interval and next run; nobody else', async () => {
    const list = await allInRedis();
    expect(list.map(keyOf)).toEqual(ALL_SCHEDULES);
    const prune = list.find((s) => s.name === MAINTENANCE_JOBS.pruneSessions);
    expect(prune).toMatchObject({ interval: '15 3 * * * (Europe/London)', late: false });
    expect(prune?.expectedEveryMs).toBeGreaterThanOrEqual(DAY);
    expect(Date.parse(prune?.nextRunAt ?? '')).toBeGreaterThan(Date.now());
    expect(list.find((s) => s.name === ENGAGEMENT_JOBS.process)).toMatchObject({ interval: 'every 300 ms', expectedEveryMs: 300 });
    expect((await t.call('GET', '/api/admin/schedules', { token: navigator })).status).toBe(403);
    expect((await t.call('GET', '/api/admin/schedules')).status).toBe(401);
  });

  it('records each run: the last success, and the last error with its time', async () => {
    const refresh = `${REPORTS_QUEUE}/${REPORTS_JOBS.refreshRollups}`;
    await waitFor('a successful rollup refresh', () => schedule(refresh), (s) => !!s?.lastSucceededAt);
    // Take away the table the refresh writes, so its runs fail for real (DDL: the owner role's to do).
    await t.asOwner(`ALTER TABLE report_watermarks RENAME TO report_watermarks_away`);
    let failed: ScheduleView | undefined;
    try {
      failed = await waitFor('a failed rollup refresh', () => schedule(refresh), (s) => !!s?.lastFailedAt && /report_watermarks/.test(s.lastError ?? ''));
    } finally {
      await t.asOwner(`ALTER TABLE report_watermarks_away RENAME TO report_watermarks`);
    }
    expect(failed?.lastError).toMatch(/relation "report_watermarks" does not exist/);
    const recovered = await waitFor('a refresh that succeeds again', () => schedule(refresh), (s) => Date.parse(s?.lastSucceededAt ?? '') > Date.parse(failed?.lastFailedAt ?? ''));
    // The error stays on record for admins after the schedule recovers.
    expect(recovered?.lastError).toBe(failed?.lastError);
  });

  it('registers every schedule again within seconds after Redis loses them, and engagement sent afterwards raises its flag', async () => {
    await allInRedis();
    const flags = async () => (await t.call('GET', `/api/patients/${patientRef}/flags`, { token: navigator })).body as { kind: string; status: string }[];
    expect((await flags()).filter((f) => f.kind === 'no_login' && f.status === 'open')).toEqual([]);
    const warn = jest.spyOn(Logger.prototype, 'warn');

    // What a Redis that restarts empty does to this run's keys (other runs share this Redis: never FLUSHALL).
    await deleteRedisPrefix(t.env.redisUrl, t.env.redisPrefix);

    // The wipe took them all. A check already under way when it struck finds only the ones it had not
    // looked at yet; the next check finds the rest. Every one is put back, and the warnings name each.
    const repaired = await waitFor(
      'the worker to find every schedule missing and register it again',
      async () => warn.mock.calls.map((c) => String(c[0])).filter((m) => m.startsWith('schedules missing from Redis')).join(' '),
      (m) => ALL_SCHEDULES.every((k) => m.includes(k)),
      10_000,
    );
    for (const k of ALL_SCHEDULES) expect(repaired).toContain(k);
    await allInRedis();

    const events = [];
    for (let day = 30; day >= 9; day--) events.push({ eventId: `wiped-${day}`, patientRef, type: 'login', occurredAt: new Date(Date.now() - day * DAY).toISOString() });
    const sent = await t.call('POST', '/api/engagement/events', { token: key, body: { events } });
    expect(sent.status).toBe(202);
    expect(sent.body.accepted).toBe(events.length);
    const raised = await waitFor('the no-log-in flag', flags, (list) => list.some((f) => f.kind === 'no_login' && f.status === 'open'), 20_000);
    expect(raised.find((f) => f.kind === 'no_login')).toMatchObject({ status: 'open' });
  });

  it('answers 503 degraded, naming a schedule more than three intervals late, and ok once it has run', async () => {
    const digest = { queue: REPORTS_QUEUE, name: REPORTS_JOBS.weeklyDigest };
    const monthAgo = new Date(Date.now() - 30 * DAY);
    await t.db.query(`UPDATE schedule_runs SET registered_at = $3, last_started_at = $3, last_succeeded_at = $3 WHERE queue = $1 AND name = $2`, [digest.queue, digest.name, monthAgo]);

    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(503);
    const view = res.body as HealthView;
    expect(view).toMatchObject({ status: 'degraded', db: 'up', redis: 'up' });
    expect(view.schedules.late).toContainEqual({ ...digest, lastSucceededAt: monthAgo.toISOString(), expectedEveryMs: 7 * DAY });
    expect((await schedule(keyOf(digest)))?.late).toBe(true);

    await t.db.query(`UPDATE schedule_runs SET last_succeeded_at = now() WHERE queue = $1 AND name = $2`, [digest.queue, digest.name]);
    const healthy = await waitFor('health to be ok again', () => t.call('GET', '/api/health'), (r) => r.status === 200);
    expect(healthy.body).toMatchObject({ status: 'ok', schedules: { late: [] } });
  });
});
