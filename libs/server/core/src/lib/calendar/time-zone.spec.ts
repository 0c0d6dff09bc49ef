import { addDays, fromLocal, isoDate, isoWeekday, offsetAt, toLocal } from './time-zone';

/** The wall clock as Intl reads it afresh: what toLocal's kept offsets must always agree with. */
const intlFormats = new Map<string, Intl.DateTimeFormat>();
function intlLocal(ms: number, timeZone: string) {
  let format = intlFormats.get(timeZone);
  if (!format) intlFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  const parts = format.formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour') % 24, minute: n('minute'), second: n('second') };
}

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

  it('keeps offsets per 15-minute slot without ever answering a stale one across a change', () => {
    // Each second around London's changes, Lord Howe's half-hour change and Kathmandu's 5:45, against Intl read afresh.
    const fresh = (ms: number, zone: string) => {
      const l = intlLocal(ms, zone);
      return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - ms;
    };
    const windows: [string, string][] = [
      ['Europe/London', '2026-03-29T00:40:00Z'],
      ['Europe/London', '2026-10-25T00:40:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T14:40:00Z'],
      ['Asia/Kathmandu', '2026-06-01T00:00:00Z'],
    ];
    for (const [zone, from] of windows) {
      const start = Date.parse(from);
      let changes = 0;
      for (let ms = start; ms < start + 40 * 60_000; ms += 7_000) {
        expect(offsetAt(ms, zone)).toBe(fresh(ms, zone));
        if (ms > start && fresh(ms, zone) !== fresh(ms - 7_000, zone)) changes++;
      }
      expect(changes).toBe(zone === 'Asia/Kathmandu' ? 0 : 1);
    }
  });

  it('reads the wall clock as Intl does, to the second, at any millisecond and across every change', () => {
    const zones = ['Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
    // Every 47 minutes and 7.3 seconds over two years (odd steps, so every minute, second and millisecond comes up),
    // then each second around London's four changes in those years.
    const instants: number[] = [];
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2028-01-01T00:00:00Z'); ms += 47 * 60_000 + 7_301) instants.push(ms);
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z']) {
      for (let ms = Date.parse(change) - 3_000; ms <= Date.parse(change) + 3_000; ms += 250) instants.push(ms);
    }
    for (const zone of zones) {
      const wrong = instants.filter((ms) => JSON.stringify(toLocal(new Date(ms), zone)) !== JSON.stringify(intlLocal(ms, zone)));
      expect({ zone, wrong: wrong.slice(0, 3).map((ms) => new Date(ms).toISOString()) }).toEqual({ zone, wrong: [] });
    }
  });

  it('throws on an unknown zone and on an invalid date', () => {
    expect(() => toLocal(new Date(), 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => toLocal(new Date(Number.NaN), 'Europe/London')).toThrow(RangeError);
  });
});
