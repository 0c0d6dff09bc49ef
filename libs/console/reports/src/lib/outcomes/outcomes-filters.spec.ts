import {
  parseReportFilters,
  reportQueryParams,
} from '../filters/report-filters';
import {
  defaultOutcomesFilters,
  OUTCOMES_PRESETS,
  quarterStart,
} from './outcomes-filters';

const TODAY = '2026-03-29';

describe('outcomes filters', () => {
  it('finds the quarter a day is in', () => {
    expect(quarterStart('2026-03-29')).toBe('2026-01-01');
    expect(quarterStart('2026-04-01')).toBe('2026-04-01');
    expect(quarterStart('2026-09-30')).toBe('2026-07-01');
    expect(quarterStart('2026-12-31')).toBe('2026-10-01');
  });

  it('offers this quarter to date and the whole last quarter', () => {
    expect(OUTCOMES_PRESETS.map((p) => [p.label, p.window(TODAY)])).toEqual([
      ['This quarter', { from: '2026-01-01', to: '2026-03-30' }],
      ['Last quarter', { from: '2025-10-01', to: '2026-01-01' }],
    ]);
  });

  it('opens on this quarter to date, and keeps that window out of the URL', () => {
    const defaults = defaultOutcomesFilters(TODAY);
    const none = { get: () => null };
    expect(parseReportFilters(none, TODAY, defaults)).toEqual({
      filters: defaults,
      corrected: false,
    });
    expect(reportQueryParams(defaults, TODAY, defaults)).toEqual({
      from: null,
      to: null,
      serviceId: null,
      interval: null,
      groupBy: null,
    });
    expect(
      reportQueryParams(
        { ...defaults, from: '2025-10-01', to: '2026-01-01' },
        TODAY,
        defaults,
      ),
    ).toMatchObject({ from: '2025-10-01', to: '2026-01-01' });
  });
});
