import {
  addLondonDays,
  calendarDaysBetween,
  endOfLondonDay,
  formatDay,
  fromLondon,
  londonDay,
  toLondon,
} from './london-time';

const at = (iso: string) => new Date(iso);

describe('london-time', () => {
  it.each([
    ['2026-11-17T12:00:00Z', '17 Nov', '2026-11-17'],
    ['2026-07-01T22:59:59Z', '1 Jul', '2026-07-01'],
    ['2026-07-01T23:00:00Z', '2 Jul', '2026-07-02'],
    ['2026-12-31T23:59:59Z', '31 Dec', '2026-12-31'],
  ])('%s is %s in London', (iso, label, day) => {
    expect(formatDay(at(iso))).toBe(label);
    expect(londonDay(at(iso))).toBe(day);
  });

  it('reads and writes London wall-clock time in GMT and BST', () => {
    expect(toLondon(at('2026-07-15T08:30:00.250Z'))).toEqual({
      year: 2026,
      month: 7,
      day: 15,
      hour: 9,
      minute: 30,
      second: 0,
      millisecond: 250,
    });
    expect(
      fromLondon({ year: 2026, month: 1, day: 15, hour: 9 }).toISOString(),
    ).toBe('2026-01-15T09:00:00.000Z');
    expect(
      fromLondon({ year: 2026, month: 7, day: 15, hour: 9 }).toISOString(),
    ).toBe('2026-07-15T08:00:00.000Z');
  });

  it('ends London days at 23:59:59.999 local', () => {
    expect(
      endOfLondonDay({ year: 2026, month: 3, day: 28 }).toISOString(),
    ).toBe('2026-03-28T23:59:59.999Z');
    expect(
      endOfLondonDay({ year: 2026, month: 3, day: 29 }).toISOString(),
    ).toBe('2026-03-29T22:59:59.999Z');
    expect(
      endOfLondonDay({ year: 2026, month: 10, day: 25 }).toISOString(),
    ).toBe('2026-10-25T23:59:59.999Z');
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(
      calendarDaysBetween(
        at('2026-11-16T23:00:00Z'),
        at('2026-11-17T01:00:00Z'),
      ),
    ).toBe(1);
    expect(
      calendarDaysBetween(
        at('2026-11-17T01:00:00Z'),
        at('2026-11-17T23:00:00Z'),
      ),
    ).toBe(0);
    expect(
      calendarDaysBetween(
        at('2026-03-28T12:00:00Z'),
        at('2026-03-30T11:00:00Z'),
      ),
    ).toBe(2);
    expect(
      calendarDaysBetween(
        at('2026-11-20T12:00:00Z'),
        at('2026-11-15T12:00:00Z'),
      ),
    ).toBe(-5);
  });

  it('adds calendar days keeping the wall-clock time across the clock changes', () => {
    expect(addLondonDays(at('2026-03-28T09:00:00Z'), 1).toISOString()).toBe(
      '2026-03-29T08:00:00.000Z',
    );
    expect(addLondonDays(at('2026-10-24T08:00:00Z'), 1).toISOString()).toBe(
      '2026-10-25T09:00:00.000Z',
    );
  });
});
