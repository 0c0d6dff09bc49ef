import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import type { FakeChartRenderer } from '@navdesk/console/ui/chart';
import { trendsReport } from '../testing/report-fixtures';
import {
  figures,
  FILTERS,
  setUpReports,
  tableRows,
  text,
  wait,
  WINDOW_QUERY,
} from '../testing/report-testing';
import { UsabilityTrendsSectionComponent } from './usability-trends-section.component';

const URL = `/api/reports/usability-trends?${WINDOW_QUERY}&interval=week&groupBy=theme`;

describe('UsabilityTrendsSectionComponent', () => {
  let http: HttpTestingController;
  let charts: FakeChartRenderer;
  let live: FakeLiveEvents;
  let fixture: ComponentFixture<UsabilityTrendsSectionComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    ({ charts, live } = setUpReports());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsabilityTrendsSectionComponent);
    fixture.componentRef.setInput('filters', FILTERS);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  async function flush(url = URL, report = trendsReport()): Promise<void> {
    http.expectOne(url).flush(report);
    await fixture.whenStable();
  }

  it('is a region named by its heading, with its own export', async () => {
    expect(text(host)).toContain('Loading usability trends…');
    await flush();
    const region = host.querySelector('section') as HTMLElement;
    expect(region.getAttribute('data-testid')).toBe('report-usability-trends');
    const heading = host.querySelector(
      `#${region.getAttribute('aria-labelledby')}`,
    );
    expect(heading?.tagName).toBe('H2');
    expect(text(heading)).toBe('Usability trends');
    expect(
      host
        .querySelector('[data-testid="export-csv"]')
        ?.getAttribute('aria-label'),
    ).toBe('Export CSV: Usability trends');
  });

  it('sums the window and stacks each week by theme, with fixable against not fixable', async () => {
    await flush();
    expect(
      figures(host.querySelector('[data-testid="trends-figures"]')),
    ).toEqual({
      'Tickets raised': '23',
      Fixable: '9',
      'Not fixable (needs vendor)': '7',
      'Fixability not yet known': '7',
      'Most reported': 'Functionality 14 tickets',
    });

    const [stacked, fixability] = charts.drawn;
    expect(stacked).toMatchObject({ kind: 'bar', stacked: true });
    expect(stacked.data.labels).toEqual(['16 Mar', '23 Mar']);
    expect(stacked.data.series.map((s) => s.label)).toEqual([
      'Experience of time',
      'Functionality',
      'Flexibility to tailor',
      'Confidence',
    ]);
    expect(stacked.data.series[1].values).toEqual([9, 5]);
    expect(fixability.kind).toBe('line');
    expect(fixability.data.series).toEqual([
      { label: 'Fixable', values: [6, 3] },
      { label: 'Not fixable (needs vendor)', values: [4, 3] },
    ]);

    const tables = host.querySelectorAll('[data-testid="chart-table"]');
    expect(text(tables[0].querySelector('caption'))).toBe(
      'Tickets by theme, per week',
    );
    expect(
      [...tables[0].querySelectorAll('thead th')].map((th) =>
        th.getAttribute('scope'),
      ),
    ).toEqual(['col', 'col', 'col', 'col', 'col']);
    expect(tableRows(tables[0])[0]).toEqual(['16 Mar', '2', '9', '3', '1']);
    expect(text(host.querySelector('h3'))).toBe('Fixable and not fixable');
  });

  it('asks again by category and month when the filters change', async () => {
    await flush();
    fixture.componentRef.setInput('filters', {
      ...FILTERS,
      interval: 'month',
      groupBy: 'category',
    });
    await fixture.whenStable();
    await flush(
      `/api/reports/usability-trends?${WINDOW_QUERY}&interval=month&groupBy=category`,
      trendsReport({
        interval: 'month',
        groupBy: 'category',
        buckets: [
          {
            start: '2026-03-01',
            counts: { notifications: 4, login_access: 2, other: 0 },
            fixable: 2,
            notFixable: 4,
            total: 6,
          },
        ],
      }),
    );
    const chart = charts.drawn.at(-2);
    expect(chart?.data.labels).toEqual(['Mar 2026']);
    expect(chart?.data.series.map((s) => s.label)).toEqual([
      'Log-in and access',
      'Notifications',
      'Other',
    ]);
    expect(text(host)).toContain('Tickets by category, per month');
  });

  it('says when nothing was raised, and shows a failure with a retry', async () => {
    await flush(
      URL,
      trendsReport({
        buckets: [
          {
            start: '2026-03-23',
            counts: { time: 0 },
            fixable: 0,
            notFixable: 0,
            total: 0,
          },
        ],
      }),
    );
    expect(text(host.querySelector('[data-testid="trends-empty"]'))).toBe(
      'No tickets were raised in this period.',
    );
    expect(charts.drawn).toHaveLength(0);

    fixture.componentRef.setInput('filters', { ...FILTERS, serviceId: 's-9' });
    await fixture.whenStable();
    http
      .expectOne(`${URL}&serviceId=s-9`)
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Service not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    const banner = host.querySelector('nd-error-banner') as HTMLElement;
    expect(text(banner)).toContain('Usability trends could not be loaded');
    expect(text(banner)).toContain('Service not found');
    (banner.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    await flush(`${URL}&serviceId=s-9`);
    expect(host.querySelector('nd-error-banner')).toBeNull();
  });

  it('reads the report again, quietly, when tickets change', async () => {
    await flush();
    live.emit({ type: 'ticket.changed', id: 't-1' });
    live.emit({ type: 'incident.changed', id: 'inc-1' });
    await wait(20);
    http.expectOne(URL).flush(trendsReport({ buckets: [] }));
    await fixture.whenStable();
    expect(text(host)).toContain('No tickets were raised in this period.');
  });
});
