import { isCalendarIsoTime } from './iso-time';

describe('isCalendarIsoTime', () => {
  it('accepts real dates and date-times', () => {
    for (const ok of ['2026-03-01', '2024-02-29', '2026-02-28T10:00:00Z', '2026-02-28T10:00Z', '2026-02-28T10:00:00.123Z', '2026-02-28T10:00:00+01:00', '0001-01-01']) {
      expect(isCalendarIsoTime(ok)).toBe(true);
    }
  });

  it('refuses dates JS would roll over, and times Postgres would refuse', () => {
    for (const bad of ['2026-02-30', '2026-02-30T10:00:00Z', '2025-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '2026-01-01T24:00:00Z', '2026-01-01T10:60Z', '2026-01-01T10:00:00+25:00', '2026-1-1', 'yesterday', '']) {
      expect(isCalendarIsoTime(bad)).toBe(false);
    }
    expect(isCalendarIsoTime(20260301)).toBe(false);
  });

  it('can insist on a plain date', () => {
    expect(isCalendarIsoTime('2026-03-01', { dateOnly: true })).toBe(true);
    expect(isCalendarIsoTime('2026-03-01T00:00:00Z', { dateOnly: true })).toBe(false);
  });
});
