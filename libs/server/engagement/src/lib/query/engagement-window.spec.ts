import { resolveEngagementWindow } from './engagement-window';

const now = new Date('2026-06-15T12:00:00Z');

describe('resolveEngagementWindow', () => {
  it('reads plain dates as whole days and date-times as instants', () => {
    expect(resolveEngagementWindow('2026-01-01', '2026-01-31', now)).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') });
    expect(resolveEngagementWindow('2026-01-01T08:30:00Z', '2026-01-02T09:00:00+01:00', now)).toEqual({ from: new Date('2026-01-01T08:30:00Z'), to: new Date('2026-01-02T08:00:00Z') });
    expect(resolveEngagementWindow('2026-03-01', '2026-03-01', now)).toEqual({ from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-02T00:00:00Z') });
  });

  it('defaults to the 12 weeks before now', () => {
    expect(resolveEngagementWindow(undefined, undefined, now)).toEqual({ from: new Date('2026-03-23T12:00:00Z'), to: now });
  });

  it('refuses a window that runs backwards, naming from', () => {
    expect(resolveEngagementWindow('2026-02-02', '2026-02-01', now)).toEqual({ details: [{ field: 'from', message: 'from must not be after to' }] });
  });

  it('caps the window at 12 months, naming the field that stretched it', () => {
    expect(resolveEngagementWindow('2025-03-01', '2026-02-28', now)).toHaveProperty('from');
    expect(resolveEngagementWindow('2025-03-01', '2026-03-01', now)).toEqual({ details: [{ field: 'to', message: expect.stringContaining('12 months') }] });
    expect(resolveEngagementWindow('2025-06-14', undefined, now)).toEqual({ details: [{ field: 'from', message: expect.stringContaining('12 months') }] });
    expect(resolveEngagementWindow('2025-06-15T12:00:00Z', undefined, now)).toHaveProperty('to', now);
  });
});
