import type { MoodSignal } from './flag-inputs';
import { moodTrend } from './mood-trend';

const DAY = 86_400_000;
const now = new Date('2026-11-20T12:00:00Z');
const latestAt = new Date('2026-11-20T08:00:00Z');
/** A rating `days` (and `ms`) before the latest one. */
const before = (value: number, days: number, ms = 0): MoodSignal => ({
  value,
  at: new Date(latestAt.getTime() - days * DAY - ms),
});

describe('moodTrend', () => {
  it.each([
    ['no ratings', [], null],
    ['one rating', [before(6, 0)], { latest: 6, change: null }],
    [
      'a rating exactly a week before',
      [before(7, 7), before(4, 0)],
      { latest: 4, change: -3 },
    ],
    [
      'a rise over the week',
      [before(2, 7), before(4, 3), before(6, 0)],
      { latest: 6, change: 4 },
    ],
    [
      'the nearest edge: 5 days before',
      [before(5, 5), before(8, 0)],
      { latest: 8, change: 3 },
    ],
    [
      'the farthest edge: 9 days before',
      [before(5, 9), before(8, 0)],
      { latest: 8, change: 3 },
    ],
    [
      'just past the far edge: 9 days and 1 ms',
      [before(5, 9, 1), before(8, 0)],
      { latest: 8, change: null },
    ],
    [
      'just inside the near edge is too recent: 5 days less 1 ms',
      [before(5, 5, -1), before(8, 0)],
      { latest: 8, change: null },
    ],
    [
      'the closest of several wins',
      [before(1, 8.5), before(3, 6), before(9, 4), before(5, 0)],
      { latest: 5, change: 2 },
    ],
    [
      'equally close either side: the earlier wins',
      [before(6, 6), before(2, 8), before(5, 0)],
      { latest: 5, change: 3 },
    ],
    [
      'unsorted input',
      [before(5, 0), before(9, 3), before(7, 7)],
      { latest: 5, change: -2 },
    ],
  ])('%s → %p', (_, moods, trend) => {
    expect(moodTrend(moods, now)).toEqual(trend);
  });

  it('ignores ratings after now', () => {
    const future: MoodSignal = { value: 0, at: new Date(now.getTime() + 1) };
    expect(moodTrend([before(7, 7), before(4, 0), future], now)).toEqual({
      latest: 4,
      change: -3,
    });
    expect(moodTrend([future], now)).toBeNull();
  });

  it('counts a rating exactly at now', () => {
    expect(moodTrend([{ value: 3, at: now }], now)).toEqual({
      latest: 3,
      change: null,
    });
  });
});
