import { isScheduleLate, RUN_ALLOWANCE_MS, type ScheduleTimes } from './schedule-lateness';

const MIN = 60_000;
const now = new Date('2026-03-10T12:00:00Z');
const ago = (ms: number): Date => new Date(now.getTime() - ms);

/** A once-a-minute schedule, registered an hour ago, unless a test says otherwise. */
const times = (overrides: Partial<ScheduleTimes> = {}): ScheduleTimes => ({
  expectedIntervalMs: MIN,
  registeredAt: ago(60 * MIN),
  lastStartedAt: null,
  lastSucceededAt: null,
  lastFailedAt: null,
  ...overrides,
});

describe('isScheduleLate', () => {
  it('is on time within three intervals of the last success, and late just past them', () => {
    expect(isScheduleLate(times({ lastSucceededAt: ago(3 * MIN), lastStartedAt: ago(3 * MIN + 100) }), now)).toBe(false);
    expect(isScheduleLate(times({ lastSucceededAt: ago(3 * MIN + 1), lastStartedAt: ago(3 * MIN + 100) }), now)).toBe(true);
  });

  it('gives a schedule three intervals from its registration before its first run is missed', () => {
    expect(isScheduleLate(times({ registeredAt: ago(2 * MIN) }), now)).toBe(false);
    expect(isScheduleLate(times({ registeredAt: ago(4 * MIN) }), now)).toBe(true);
  });

  it('counts from a worker restart, not from a success before a long stop', () => {
    expect(isScheduleLate(times({ registeredAt: ago(MIN), lastSucceededAt: ago(3 * 24 * 60 * MIN) }), now)).toBe(false);
  });

  it('is late when every run since the last success failed', () => {
    expect(isScheduleLate(times({ lastSucceededAt: ago(10 * MIN), lastStartedAt: ago(30_000), lastFailedAt: ago(29_000) }), now)).toBe(true);
  });

  it('is not late while a run that started after the last outcome is under way, until its allowance is spent', () => {
    const slow = { expectedIntervalMs: 2_000, lastSucceededAt: ago(40_000), lastFailedAt: null };
    expect(isScheduleLate(times({ ...slow, lastStartedAt: ago(30_000) }), now)).toBe(false);
    expect(isScheduleLate(times({ ...slow, lastSucceededAt: ago(RUN_ALLOWANCE_MS + 20_000), lastStartedAt: ago(RUN_ALLOWANCE_MS + 1) }), now)).toBe(true);
  });

  it('scales with the interval: a weekly job two weeks without success is on time, four weeks is late', () => {
    const week = 7 * 24 * 60 * MIN;
    expect(isScheduleLate(times({ expectedIntervalMs: week, registeredAt: ago(5 * week), lastSucceededAt: ago(2 * week) }), now)).toBe(false);
    expect(isScheduleLate(times({ expectedIntervalMs: week, registeredAt: ago(5 * week), lastSucceededAt: ago(4 * week) }), now)).toBe(true);
  });
});
