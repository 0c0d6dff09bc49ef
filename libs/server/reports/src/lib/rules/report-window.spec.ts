import fc from 'fast-check';
import { bucketStart, bucketStarts, reportWindow } from './report-window';

describe('reportWindow', () => {
  it('defaults to the last 12 weeks up to and including today', () => {
    expect(reportWindow({}, '2026-11-26')).toEqual({ from: '2026-09-04', to: '2026-11-26' });
  });
  it('takes `to` as the last day, inclusive: one day is a window', () => {
    expect(reportWindow({ from: '2026-11-26', to: '2026-11-26' }, '2026-11-26')).toEqual({ from: '2026-11-26', to: '2026-11-26' });
    expect(bucketStarts('2026-11-23', '2026-11-29', 'week')).toEqual(['2026-11-23']);
    expect(bucketStarts('2026-11-23', '2026-11-30', 'week')).toEqual(['2026-11-23', '2026-11-30']);
  });
  it('names the bad field', () => {
    expect(reportWindow({ from: '2026-13-01' }, '2026-11-26')).toEqual({ problems: [{ field: 'from', message: 'from must be a date YYYY-MM-DD' }] });
    expect(reportWindow({ from: '2026-11-02', to: '2026-11-01' }, '2026-11-26')).toMatchObject({ problems: [{ field: 'to' }] });
    expect(reportWindow({ from: '2020-01-01', to: '2026-01-01' }, '2026-11-26')).toMatchObject({ problems: [{ field: 'from' }] });
  });
});

describe('buckets', () => {
  it('starts weeks on Monday and months on the 1st', () => {
    expect(bucketStart('2026-11-26', 'week')).toBe('2026-11-23');
    expect(bucketStart('2026-11-23', 'week')).toBe('2026-11-23');
    expect(bucketStart('2026-11-29', 'week')).toBe('2026-11-23');
    expect(bucketStart('2026-11-26', 'month')).toBe('2026-11-01');
    expect(bucketStarts('2026-11-26', '2027-01-02', 'month')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
  });
  it('puts every day of the window in exactly one bucket (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 120 }), fc.constantFrom('day', 'week', 'month' as const), (offset, length, interval) => {
        const from = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2024, 0, 1) + (offset + length) * 86_400_000).toISOString().slice(0, 10);
        const starts = bucketStarts(from, to, interval);
        for (let d = 0; d <= length; d++) {
          const day = new Date(Date.parse(`${from}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
          expect(starts).toContain(bucketStart(day, interval));
        }
        expect(new Set(starts).size).toBe(starts.length);
      }),
    );
  });
});
