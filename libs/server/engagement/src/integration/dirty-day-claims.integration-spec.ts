import { Logger } from '@nestjs/common';
import { demoProgrammeKey } from '@navdesk/server/demo';
import { EngagementRollupService, RECOMPUTE_DAILY_SQL } from '@navdesk/server/engagement';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

const FIGURES = 'patient_id, day::text AS day, logins, mood_count, mood_sum, mood_last';

/**
 * A rollup claims its dirty days and holds no lock while it recomputes them (issue 17: ingest queued on
 * those locks). No worker runs here: the test takes each step of a drain itself, and ingests in between.
 */
describe('engagement rollup claims', () => {
  let t: ApiTestApp;
  let rollup: EngagementRollupService;
  let key: string;
  let ref: string;
  let patientId: string;
  const occurredAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const mood = (eventId: string, value: number) => t.call('POST', '/api/engagement/events', { token: key, body: { events: [{ eventId, patientRef: ref, type: 'mood_rated', value, occurredAt }] } });
  const dirty = (): Promise<{ version: string; claimed: boolean }[]> =>
    t.db.query(`SELECT version::text AS version, (claimed_until IS NOT NULL) AS claimed FROM engagement_dirty_days WHERE patient_id = $1`, [patientId]);
  const daily = async () => ({
    stored: await t.db.query(`SELECT ${FIGURES} FROM engagement_daily WHERE patient_id = $1 ORDER BY day`, [patientId]),
    fresh: await t.db.query(`SELECT ${FIGURES} FROM (${RECOMPUTE_DAILY_SQL}) r WHERE patient_id = $1 ORDER BY day`, [patientId]),
  });

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'dirtyclaims', seedDemo: true });
    rollup = new EngagementRollupService(t.db);
    const [patient] = await t.db.query(`SELECT p.id, p.ref, s.code FROM patients p JOIN services s ON s.id = p.service_id ORDER BY p.ref LIMIT 1`);
    ({ id: patientId, ref } = patient);
    key = demoProgrammeKey(patient.code);
    // The demo's own dirty days are not this test's.
    await rollup.drain();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lets ingest re-dirty a day while its recompute runs, keeps it for the next round, and ends equal to the raw events', async () => {
    expect((await mood('claims-1', 3)).status).toBe(202);
    expect(await dirty()).toEqual([{ version: '0', claimed: false }]);

    const claim = await rollup.claim(10_000);
    expect(claim.patientIds).toContain(patientId);
    expect(await dirty()).toEqual([{ version: '0', claimed: true }]);
    // A claim is no transaction: ingest of the same day answers at once (a held row lock would hang here).
    expect((await mood('claims-2', 8)).status).toBe(202);
    expect(await dirty()).toEqual([{ version: '1', claimed: true }]);
    // A second drain skips a claimed day.
    expect((await rollup.claim(10_000)).patientIds).not.toContain(patientId);

    await rollup.recompute(claim);
    await rollup.settle(claim);
    // Dirtied again after the claim: kept, released, and recomputed by the next drain.
    expect(await dirty()).toEqual([{ version: '1', claimed: false }]);
    expect(await rollup.drain()).toBeGreaterThanOrEqual(1);
    expect(await dirty()).toEqual([]);
    const { stored, fresh } = await daily();
    expect(stored).toEqual(fresh);
    expect(stored.find((d: { mood_count: number }) => d.mood_count > 0)).toMatchObject({ mood_count: 2, mood_sum: 11, mood_last: 8 });
  });

  it('clears a day recomputed at the version claimed, and makes a failed recompute’s days claimable again at once', async () => {
    expect((await mood('claims-3', 5)).status).toBe(202);
    const claim = await rollup.claim(10_000);
    // The recompute's statement fails (the connection dropped, say); the release that follows is real.
    jest.spyOn(t.db, 'query').mockRejectedValueOnce(new Error('connection terminated'));
    await expect(rollup.recompute(claim)).rejects.toThrow('connection terminated');
    expect(await dirty()).toEqual([{ version: '0', claimed: false }]);

    const again = await rollup.claim(10_000);
    await rollup.recompute(again);
    await rollup.settle(again);
    expect(await dirty()).toEqual([]);
    const { stored, fresh } = await daily();
    expect(stored).toEqual(fresh);
  });

  it('stores batches that dirty the same days in different orders at once, while drains settle them: no deadlock, nothing lost', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const [{ code }] = await t.db.query(`SELECT s.code FROM patients p JOIN services s ON s.id = p.service_id WHERE p.id = $1`, [patientId]);
    const refs: string[] = (await t.db.query(`SELECT p.ref FROM patients p JOIN services s ON s.id = p.service_id WHERE s.code = $1 ORDER BY p.ref LIMIT 12`, [code])).map((r: { ref: string }) => r.ref);
    const days = Array.from({ length: 4 }, (_, d) => new Date(Date.now() - (d + 1) * 86_400_000).toISOString());
    // Every batch dirties some of the same 48 patient-days: a different number of them, in a different order.
    const cells = refs.flatMap((patientRef) => days.map((occurredAt) => ({ patientRef, occurredAt })));
    let seed = 17;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const picks = Array.from({ length: 48 }, (_, b) => cells.filter(() => random() < 0.3 + (b % 7) / 10).sort(() => random() - 0.5));
    const batch = (b: number) => (picks[b] ?? []).map((c, i) => ({ eventId: `race-${b}-${i}`, patientRef: c.patientRef, type: 'mood_rated', value: (b + i) % 10, occurredAt: c.occurredAt }));
    const sent = Array.from({ length: 48 }, (_, b) => b);
    const drains = (async () => {
      for (let i = 0; i < 8; i++) await rollup.drain();
    })();
    const answers = await Promise.all(sent.map((b) => t.call('POST', '/api/engagement/events', { token: demoProgrammeKey(code), body: { events: batch(b) } })));
    await drains;
    expect(answers.map((a) => a.status)).toEqual(sent.map(() => 202));
    const events = picks.reduce((n, p) => n + p.length, 0);
    expect(answers.reduce((n, a) => n + (a.body.accepted as number), 0)).toBe(events);
    await rollup.drain();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM engagement_events WHERE event_id LIKE 'race-%'`);
    expect(n).toBe(events);
    // Not one batch met another in a deadlock, not even one that a retry then hid.
    expect(warn.mock.calls.map(([m]) => String(m)).filter((m) => /40P01|40001/.test(m))).toEqual([]);
    warn.mockRestore();
  });
});
