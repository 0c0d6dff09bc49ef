import { describeRepeat, expectedIntervalMs, nextRunAfter } from './schedule-interval';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('expectedIntervalMs', () => {
  it('is `every` itself for a fixed interval', () => {
    expect(expectedIntervalMs({ every: 2_000 }, Date.now())).toBe(2_000);
  });

  it('is a day for a daily pattern, and 25 h in the week the clocks go back', () => {
    const london = { pattern: '30 2 * * *', tz: 'Europe/London' };
    expect(expectedIntervalMs(london, Date.parse('2026-06-01T12:00:00Z'))).toBe(DAY);
    // 25 October 2026: 01:30 UTC (02:30 BST) on the 24th, then 02:30 UTC (02:30 GMT) on the 25th.
    expect(expectedIntervalMs(london, Date.parse('2026-10-21T12:00:00Z'))).toBe(DAY + HOUR);
  });

  it('is a week for the Monday digest, and the longest gap (Friday → Monday) for a weekday pattern', () => {
    expect(expectedIntervalMs({ pattern: '0 8 * * 1', tz: 'Europe/London' }, Date.parse('2026-06-03T12:00:00Z'))).toBe(7 * DAY);
    expect(expectedIntervalMs({ pattern: '0 8 * * 1-5', tz: 'UTC' }, Date.parse('2026-06-03T12:00:00Z'))).toBe(3 * DAY);
  });
});

describe('nextRunAfter', () => {
  it('follows the pattern in its time zone', () => {
    expect(new Date(nextRunAfter({ pattern: '15 3 * * *', tz: 'Europe/London' }, Date.parse('2026-06-01T12:00:00Z')) ?? 0).toISOString()).toBe('2026-06-02T02:15:00.000Z');
  });

  it('lands on the next multiple of `every`, as BullMQ schedules it', () => {
    expect(nextRunAfter({ every: 60_000 }, Date.parse('2026-06-01T12:00:30Z'))).toBe(Date.parse('2026-06-01T12:01:00Z'));
  });
});

describe('describeRepeat', () => {
  it('says intervals in the largest whole unit, and patterns with their zone', () => {
    expect(describeRepeat({ every: 2_000 })).toBe('every 2 s');
    expect(describeRepeat({ every: 15 * 60_000 })).toBe('every 15 min');
    expect(describeRepeat({ every: 2 * HOUR })).toBe('every 2 h');
    expect(describeRepeat({ every: 300 })).toBe('every 300 ms');
    expect(describeRepeat({ pattern: '0 8 * * 1', tz: 'Europe/London' })).toBe('0 8 * * 1 (Europe/London)');
  });
});
