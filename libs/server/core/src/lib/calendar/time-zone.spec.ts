import { addDays, fromLocal, isoDate, isoWeekday, toLocal } from './time-zone';

describe('time-zone', () => {
  it('reads London wall-clock time in GMT and in BST', () => {
    expect(toLocal(new Date('2026-01-15T09:30:00Z'), 'Europe/London')).toMatchObject({ hour: 9, minute: 30 });
    expect(toLocal(new Date('2026-07-15T08:30:00Z'), 'Europe/London')).toMatchObject({ hour: 9, minute: 30 });
  });

  it('turns local time back into the right instant either side of the clock changes', () => {
    expect(fromLocal({ year: 2026, month: 3, day: 27, hour: 9, minute: 0 }, 'Europe/London').toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(fromLocal({ year: 2026, month: 3, day: 30, hour: 9, minute: 0 }, 'Europe/London').toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(fromLocal({ year: 2026, month: 10, day: 26, hour: 9, minute: 0 }, 'Europe/London').toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('resolves a wall time skipped by spring-forward to after the jump', () => {
    // 01:30 on 29 March 2026 does not exist in London; 02:30 BST is the same distance from midnight GMT.
    expect(fromLocal({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, 'Europe/London').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('does date arithmetic on local dates', () => {
    expect(isoDate(addDays({ year: 2027, month: 12, day: 31 }, 1))).toBe('2028-01-01');
    expect(isoWeekday({ year: 2026, month: 12, day: 25 })).toBe(5);
    expect(isoWeekday({ year: 2026, month: 12, day: 27 })).toBe(7);
  });

  it('throws on an unknown zone', () => {
    expect(() => toLocal(new Date(), 'Europe/Atlantis')).toThrow(RangeError);
  });
});
