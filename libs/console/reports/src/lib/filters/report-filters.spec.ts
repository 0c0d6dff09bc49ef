import { convertToParamMap } from '@angular/router';
import {
  addDays,
  addMonths,
  bucketLabel,
  formatDay,
  isIsoDate,
  londonToday,
  spansYears,
} from './report-dates';
import {
  defaultReportFilters,
  exportParams,
  parseReportFilters,
  presetWindow,
  reportQueryParams,
  windowIncludesToday,
  windowQuery,
} from './report-filters';

const TODAY = '2026-03-29';

describe('report dates', () => {
  it('reads today in London, not in the browser’s zone', () => {
    // Winter: London is on UTC. Summer: 23:30 UTC is already tomorrow in London.
    expect(londonToday(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('does calendar arithmetic on plain dates', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addMonths('2026-03-30', -12)).toBe('2025-03-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('2026-02-03')).toBe(true);
  });

  it('labels days and buckets as people read them', () => {
    expect(formatDay('2026-01-05')).toBe('Mon 5 Jan 2026');
    expect(bucketLabel('2026-03-02', 'week')).toBe('2 Mar');
    expect(bucketLabel('2026-03-02', 'day', true)).toBe('2 Mar 26');
    expect(bucketLabel('2026-03-01', 'month')).toBe('Mar 2026');
    expect(spansYears(['2025-12-29', '2026-01-05'])).toBe(true);
  });
});

describe('report filters', () => {
  it('defaults to the last 12 weeks ending today, all services, weekly by theme', () => {
    expect(defaultReportFilters(TODAY)).toEqual({
      from: '2026-01-05',
      to: '2026-03-30',
      serviceId: '',
      interval: 'week',
      groupBy: 'theme',
    });
    expect(presetWindow('4w', TODAY)).toEqual({
      from: '2026-03-02',
      to: '2026-03-30',
    });
    expect(presetWindow('12m', TODAY)).toEqual({
      from: '2025-03-30',
      to: '2026-03-30',
    });
  });

  it('reads the filters of a shared link', () => {
    const { filters, corrected } = parseReportFilters(
      convertToParamMap({
        from: '2025-04-01',
        to: '2025-07-01',
        serviceId: 's-2',
        interval: 'month',
        groupBy: 'category',
      }),
      TODAY,
    );
    expect(corrected).toBe(false);
    expect(filters).toEqual({
      from: '2025-04-01',
      to: '2025-07-01',
      serviceId: 's-2',
      interval: 'month',
      groupBy: 'category',
    });
  });

  it('falls back to the defaults for dates or choices it cannot read, and says so', () => {
    const backwards = parseReportFilters(
      convertToParamMap({ from: '2026-03-01', to: '2026-02-01' }),
      TODAY,
    );
    expect(backwards.corrected).toBe(true);
    expect(backwards.filters.from).toBe('2026-01-05');
    const nonsense = parseReportFilters(
      convertToParamMap({ interval: 'fortnight', groupBy: 'patient' }),
      TODAY,
    );
    expect(nonsense.corrected).toBe(true);
    expect(nonsense.filters).toMatchObject({
      interval: 'week',
      groupBy: 'theme',
    });
    expect(parseReportFilters(convertToParamMap({}), TODAY).corrected).toBe(
      false,
    );
  });

  it('writes only what differs from the defaults to the URL', () => {
    expect(reportQueryParams(defaultReportFilters(TODAY), TODAY)).toEqual({
      from: null,
      to: null,
      serviceId: null,
      interval: null,
      groupBy: null,
    });
    expect(
      reportQueryParams(
        {
          ...presetWindow('4w', TODAY),
          serviceId: 's-1',
          interval: 'day',
          groupBy: 'theme',
        },
        TODAY,
      ),
    ).toEqual({
      from: '2026-03-02',
      to: '2026-03-30',
      serviceId: 's-1',
      interval: 'day',
      groupBy: null,
    });
  });

  it('builds API queries and export params', () => {
    const filters = {
      ...defaultReportFilters(TODAY),
      interval: 'month' as const,
    };
    expect(windowQuery(filters)).toEqual({
      from: '2026-01-05',
      to: '2026-03-29',
      serviceId: undefined,
    });
    expect(exportParams('usability-trends', filters)).toEqual({
      from: '2026-01-05',
      to: '2026-03-29',
      interval: 'month',
      groupBy: 'theme',
    });
    expect(
      exportParams('operations', { ...filters, serviceId: 's-1' }),
    ).toEqual({ from: '2026-01-05', to: '2026-03-29', serviceId: 's-1' });
    expect(windowIncludesToday(filters, TODAY)).toBe(true);
    expect(windowIncludesToday({ ...filters, to: '2026-03-01' }, TODAY)).toBe(
      false,
    );
  });
});
