import { outcomeFigure, median } from './outcome-figure';
import { periodWords, previousPeriod } from './outcome-periods';

describe('outcome periods', () => {
  it('puts the previous period just before, with the same number of days', () => {
    expect(previousPeriod({ from: '2026-10-01', to: '2026-12-31' })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(previousPeriod({ from: '2026-12-01', to: '2026-12-01' })).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    // Across the clocks going back (25 October 2026): London days, not hours.
    expect(previousPeriod({ from: '2026-10-26', to: '2026-11-01' })).toEqual({ from: '2026-10-19', to: '2026-10-25' });
  });

  it('names the period by its length, "this" when it ends today', () => {
    expect(periodWords({ from: '2026-09-01', to: '2026-11-30' }, '2026-11-30')).toBe('this quarter');
    expect(periodWords({ from: '2026-09-07', to: '2026-11-29' }, '2026-11-30')).toBe('in the quarter');
    expect(periodWords({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-30')).toBe('this month');
    expect(periodWords({ from: '2026-11-24', to: '2026-11-30' }, '2026-11-30')).toBe('this week');
    expect(periodWords({ from: '2026-11-10', to: '2026-11-30' }, '2026-11-30')).toBe('this period');
  });
});

describe('outcome figures', () => {
  it('withholds a value over 1–4 items and shows its base as <5; 0 and 5 stay shown', () => {
    expect(outcomeFigure({ value: 50, base: 4 }, { value: 20, base: 5 }, 'up')).toEqual({ current: null, previous: 20, currentBase: '<5', previousBase: 5, suppressed: true, betterWhen: 'up' });
    expect(outcomeFigure({ value: null, base: 0 }, { value: 20, base: 10 }, 'down')).toEqual({ current: null, previous: 20, currentBase: 0, previousBase: 10, suppressed: false, betterWhen: 'down' });
  });

  it('takes the median as the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
