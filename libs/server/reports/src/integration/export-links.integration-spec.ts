import type { INestApplicationContext } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, REDIS_CLIENT, ScheduleRegistry, type AppConfig } from '@navdesk/server/core';
import { downloadToken, ExportPurgeService, REPORTS_JOBS, REPORTS_QUEUE } from '@navdesk/server/reports';
import { startApiTestApp, startWorkerTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';

const LINK_SECRET = `export-links-${randomBytes(24).toString('hex')}`;
const LIMIT = 10;
const DAY = 86_400_000;

interface AuditRow {
  actor_type: string;
  actor_id: string | null;
  actor_label: string | null;
  outcome: string;
  ip: string | null;
  detail: Record<string, string | number | boolean | null> | null;
}

/** Report export links: their own signing key, the link holder in the audit, deletion at expiry, a per-IP limit, sparse denials. */
describe('export links', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let redis: Redis;
  let config: AppConfig;
  let manager: string;
  let managerId: string;

  const path = (id: string, token: string) => `/api/reports/exports/${id}/download/${token}`;
  const auditOf = (id: string, outcome: string): Promise<AuditRow[]> =>
    t.db.query(`SELECT actor_type, actor_id, actor_label, outcome, host(ip) AS ip, detail FROM audit_log WHERE action = 'report.export.download' AND entity_id = $1 AND outcome = $2 ORDER BY id`, [id, outcome]);
  const deniedCount = async (): Promise<number> => Number((await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.export.download' AND outcome = 'denied'`))[0].n);

  /** A fresh minute for this client: the download counts and the denial-audit gate (the count of unlogged denials kept unless asked). */
  const forgetClient = async (keepUnlogged = false): Promise<void> => {
    const keys = await redis.keys(`${t.env.redisPrefix}:exports:*`);
    const doomed = keepUnlogged ? keys.filter((k) => !k.endsWith(':unlogged')) : keys;
    if (doomed.length) await redis.del(...doomed);
  };

  const exportDone = async (): Promise<{ id: string; downloadUrl: string; expiresAt: string }> => {
    const created = await t.call('POST', '/api/reports/exports', { token: manager, body: { report: 'operations', format: 'csv', params: {} } });
    expect(created.status).toBe(202);
    return waitFor('the export', async () => (await t.call('GET', `/api/reports/exports/${created.body.id}`, { token: manager })).body, (s) => s.status === 'done', 20_000);
  };

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'exportlinks', seedDemo: true, env: { EXPORT_LINK_SECRET: LINK_SECRET, EXPORT_DOWNLOAD_LIMIT_PER_MINUTE: String(LIMIT), REPORTS_REFRESH_EVERY_MS: '3600000', REPORT_EXPORT_TTL_MINUTES: '5' } });
    worker = await startWorkerTestApp();
    redis = t.app.get<Redis>(REDIS_CLIENT);
    config = t.app.get<AppConfig>(APP_CONFIG);
    const session = await t.signIn('manager1@navdesk.test');
    manager = session.accessToken;
    managerId = session.user.id;
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  beforeEach(() => forgetClient());

  it('signs links with EXPORT_LINK_SECRET: a link signed with the token pepper or any other key is refused', async () => {
    const done = await exportDone();
    const expiresAt = new Date(done.expiresAt);
    expect(config.EXPORT_LINK_SECRET).toBe(LINK_SECRET);
    expect(done.downloadUrl).toBe(path(done.id, downloadToken(LINK_SECRET, done.id, expiresAt)));
    for (const key of [config.TOKEN_PEPPER, randomBytes(32).toString('hex')]) {
      const forged = await t.call('GET', path(done.id, downloadToken(key, done.id, expiresAt)));
      expect(forged.status).toBe(404);
      expect(forged.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    }
    const file = await t.call('GET', done.downloadUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/text\/csv/);
  });

  it('audits a download by link as the link holder, with the requester only as context', async () => {
    const done = await exportDone();
    expect((await t.call('GET', done.downloadUrl)).status).toBe(200);
    expect((await t.call('GET', done.downloadUrl)).status).toBe(200);
    const rows = await auditOf(done.id, 'success');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ actor_type: 'link_holder', actor_id: null, actor_label: 'link holder', ip: '127.0.0.1' });
      expect(row.detail).toMatchObject({ report: 'operations', requestedBy: managerId });
    }
    expect(await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'report.export.download' AND actor_id = $1`, [managerId])).toHaveLength(0);
  });

  it('deletes the file once the link expires (declared as a schedule); the link then answers 410, and 404 once the tombstone goes', async () => {
    expect(worker.get(ScheduleRegistry, { strict: false }).find(REPORTS_QUEUE, REPORTS_JOBS.purgeExpiredExports)).toBeDefined();
    const purge = worker.get(ExportPurgeService, { strict: false });
    const stale = await exportDone();
    const fresh = await exportDone();
    const expired = new Date(Date.now() - 60_000);
    await t.db.query(`UPDATE report_exports SET expires_at = $2 WHERE id = $1`, [stale.id, expired]);

    expect((await purge.purge()).purged).toBe(1);
    const rows: { id: string; content: string | null }[] = await t.db.query(`SELECT id, content FROM report_exports WHERE id = ANY($1) ORDER BY id`, [[stale.id, fresh.id]]);
    expect(rows.find((r) => r.id === stale.id)?.content).toBeNull();
    expect(rows.find((r) => r.id === fresh.id)?.content?.length).toBeGreaterThan(0);
    expect(await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'report.export.purged' AND entity_id = $1`, [stale.id])).toHaveLength(1);
    expect((await purge.purge()).purged).toBe(0);

    const late = await t.call('GET', path(stale.id, downloadToken(LINK_SECRET, stale.id, expired)));
    expect(late.status).toBe(410);
    expect(late.body).toMatchObject({ statusCode: 410, error: 'Gone' });
    expect((await t.call('GET', fresh.downloadUrl)).status).toBe(200);

    const removed = await purge.purge(new Date(Date.now() + 31 * DAY));
    expect(removed.removed).toBeGreaterThanOrEqual(1);
    expect(await t.db.query(`SELECT 1 FROM report_exports WHERE id = $1`, [stale.id])).toHaveLength(0);
    expect((await t.call('GET', path(stale.id, downloadToken(LINK_SECRET, stale.id, expired)))).status).toBe(404);
  });

  it('limits downloads per client IP: 429 with Retry-After in the error shape, and every download served is audited', async () => {
    const done = await exportDone();
    await forgetClient();
    const before = (await auditOf(done.id, 'success')).length;
    // Counted per wall-clock minute: within 2 × LIMIT + 1 requests one minute's count passes the limit.
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<ApiTestApp['call']>> | undefined;
    while (!refused && statuses.length <= 2 * LIMIT + 1) {
      const res = await t.call('GET', done.downloadUrl);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    expect(refused).toBeDefined();
    const served = statuses.filter((s) => s === 200).length;
    expect(served).toBeGreaterThanOrEqual(LIMIT);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused?.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(typeof refused?.body.message).toBe('string');
    expect((await auditOf(done.id, 'success')).length - before).toBe(served);
    expect((await auditOf(done.id, 'denied')).map((r) => r.detail?.['reason'])).toEqual(['rate_limited']);
  });

  it('writes at most a handful of audit rows for 200 bad-link attempts, and counts the rest on the next one', async () => {
    const done = await exportDone();
    const before = await deniedCount();
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => t.call('GET', path(i % 2 ? done.id : randomUUID(), randomBytes(32).toString('base64url')))),
      );
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses).toHaveLength(200);
    expect(statuses.every((s) => s === 404 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const written = (await deniedCount()) - before;
    expect(written).toBeGreaterThanOrEqual(1);
    expect(written).toBeLessThanOrEqual(3);

    // A minute later (the gate forgotten, the count kept) the next denial carries the ones not written.
    await forgetClient(true);
    expect((await t.call('GET', path(done.id, 'forged'))).status).toBe(404);
    const rows: AuditRow[] = await t.db.query(`SELECT actor_type, actor_id, actor_label, outcome, host(ip) AS ip, detail FROM audit_log WHERE action = 'report.export.download' AND outcome = 'denied' ORDER BY id DESC LIMIT $1`, [written + 1]);
    expect(rows[0]).toMatchObject({ actor_type: 'anonymous', ip: '127.0.0.1', detail: { reason: 'bad_link' } });
    const accounted = rows.reduce((sum, r) => sum + 1 + Number(r.detail?.['unloggedDenialsBefore'] ?? 0), 0);
    expect(accounted).toBe(201);
  });
});
