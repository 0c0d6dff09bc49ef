import { EvenShare, EvenShares, HISTORY_DAYS, trend } from './demo-history';

const NOW = new Date('2026-12-03T10:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('demo history', () => {
  it('moves a figure in a straight line from the start of the history to today', () => {
    expect(trend(50, 10, daysAgo(HISTORY_DAYS), NOW)).toBe(50);
    expect(trend(50, 10, daysAgo(HISTORY_DAYS / 2), NOW)).toBe(30);
    expect(trend(50, 10, NOW, NOW)).toBe(10);
    // Outside the history it stays at its ends.
    expect(trend(50, 10, daysAgo(HISTORY_DAYS * 2), NOW)).toBe(50);
  });

  it('says yes to the share asked, to within one over any run of calls, spread evenly', () => {
    const share = new EvenShare();
    const answers = Array.from({ length: 200 }, () => share.take(0.3));
    for (let from = 0; from < 200; from += 17) {
      for (const length of [10, 25, 60]) {
        const run = answers.slice(from, from + length);
        expect(Math.abs(run.filter(Boolean).length - 0.3 * run.length)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('keeps each key on its own line', () => {
    const shares = new EvenShares();
    const taken = { a: 0, b: 0 };
    for (let i = 0; i < 100; i++) {
      if (shares.take('a', 0.1)) taken.a++;
      if (shares.take('b', 0.9)) taken.b++;
    }
    expect(taken).toEqual({ a: 10, b: 90 });
  });
});
