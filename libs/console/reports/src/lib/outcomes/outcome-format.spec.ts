import type { OutcomeFigure } from '@navdesk/contracts';
import {
  comparisonChart,
  figureCell,
  figureTrend,
  isSuppressed,
  longDate,
  minutes,
  monthLabel,
  percent,
  rateCell,
  toHours,
} from './outcome-format';

function figure(overrides: Partial<OutcomeFigure> = {}): OutcomeFigure {
  return {
    current: 7,
    previous: 12,
    currentBase: 40,
    previousBase: 38,
    suppressed: false,
    betterWhen: 'down',
    ...overrides,
  };
}

describe('outcome wording', () => {
  it('says a hidden value is suppressed, and a missing one is no figure — never 0', () => {
    const hidden = figure({
      current: null,
      currentBase: '<5',
      suppressed: true,
    });
    expect(isSuppressed(hidden, 'current')).toBe(true);
    expect(isSuppressed(hidden, 'previous')).toBe(false);
    expect(figureCell(hidden, 'current', percent)).toEqual({
      text: 'Suppressed',
      label: 'suppressed: fewer than 5 patients, hidden to protect privacy',
    });
    // Few patients behind many tickets: hidden though the base is 9.
    const fewPatients = figure({
      previous: null,
      previousBase: 9,
      suppressed: true,
    });
    expect(figureCell(fewPatients, 'previous', percent).text).toBe(
      'Suppressed',
    );
    const empty = figure({
      previous: null,
      previousBase: 0,
      suppressed: true,
      current: null,
      currentBase: '<5',
    });
    expect(figureCell(empty, 'previous', percent).text).toBe('—');
    expect(figureCell(figure(), 'current', percent)).toEqual({ text: '7%' });
    expect(rateCell(null, true, String).text).toBe('Suppressed');
    expect(rateCell(null, false, String).text).toBe('—');
    expect(rateCell(0, false, String).text).toBe('0');
  });

  it('tells better from worse by which way is better for the figure', () => {
    expect(figureTrend(figure())).toBe('better');
    expect(figureTrend(figure({ betterWhen: 'up' }))).toBe('worse');
    expect(figureTrend(figure({ current: 12 }))).toBe('same');
    expect(figureTrend(figure({ current: null }))).toBe('unknown');
  });

  it('charts the previous period against this one, with a gap where a value is hidden', () => {
    const chart = comparisonChart(
      [
        { label: 'Log-in', figure: figure({ current: 90, previous: 150 }) },
        {
          label: 'Other',
          figure: figure({
            current: null,
            currentBase: '<5',
            suppressed: true,
          }),
        },
      ],
      minutes,
      toHours,
    );
    expect(chart.labels).toEqual(['Log-in', 'Other']);
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ['Previous period', [2.5, 0.2]],
      ['This period', [1.5, null]],
    ]);
    expect(chart.series[1].cellText?.map((c) => c?.text)).toEqual([
      '1 h 30 min',
      'Suppressed',
    ]);
  });

  it('writes dates and months the British way', () => {
    expect(longDate('2026-12-02')).toBe('2 Dec 2026');
    expect(monthLabel('2026-01')).toBe('Jan 2026');
    expect(monthLabel('2025-11-01')).toBe('Nov 2025');
  });
});
