import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@navdesk/console/data-access';
import {
  engagementReport,
  incidentsReport,
  operationsReport,
  tailoringReport,
  trainingReport,
  trendsReport,
} from '../testing/report-fixtures';
import {
  button,
  setUpReports,
  text,
  WINDOW_QUERY,
} from '../testing/report-testing';
import { ReportsPageComponent } from './reports-page.component';

const SERVICES = {
  items: [
    { id: 's-1', code: 'N', name: 'North' },
    { id: 's-2', code: 'S', name: 'South' },
  ],
  nextCursor: null,
};

describe('ReportsPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    setUpReports({
      routes: [{ path: 'reports', component: ReportsPageComponent }],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const host = () => harness.routeNativeElement as HTMLElement;

  /** Answers every report of a window (`query` is the from/to/serviceId part). */
  async function answerReports(
    query: string,
    trends = 'interval=week&groupBy=theme',
  ) {
    const [window, service] = query.split('&serviceId=');
    const suffix = service ? `&serviceId=${service}` : '';
    http
      .expectOne(`/api/reports/usability-trends?${window}&${trends}${suffix}`)
      .flush(trendsReport());
    http
      .expectOne(`/api/reports/incidents?${window}${suffix}&limit=10`)
      .flush(incidentsReport());
    http
      .expectOne(`/api/reports/operations?${query}`)
      .flush(operationsReport());
    http.expectOne(`/api/reports/training?${query}`).flush(trainingReport());
    http
      .expectOne(`/api/reports/engagement?${query}`)
      .flush(engagementReport());
    http.expectOne(`/api/reports/tailoring?${query}`).flush(tailoringReport());
    await harness.fixture.whenStable();
  }

  it('shows every report for the last 12 weeks of all services, each under its heading', async () => {
    await harness.navigateByUrl('/reports', ReportsPageComponent);
    http.expectOne('/api/services?limit=200').flush(SERVICES);
    await answerReports(WINDOW_QUERY);

    expect(text(host().querySelector('h1'))).toBe('Reports');
    expect([...host().querySelectorAll('h2')].map((h) => text(h))).toEqual([
      'Usability trends',
      'Top recurring incidents',
      'Operations',
      'Training',
      'Engagement',
      'Tailoring',
    ]);
    expect(
      [...host().querySelectorAll('[data-testid="export-csv"]')].map((b) =>
        b.getAttribute('aria-label'),
      ),
    ).toEqual([
      'Export CSV: Usability trends',
      'Export CSV: Top recurring incidents',
      'Export CSV: Operations',
      'Export CSV: Training',
      'Export CSV: Engagement',
      'Export CSV: Tailoring',
    ]);
    expect(
      host()
        .querySelector('nd-page-header a[href="/reports/outcomes"]')
        ?.textContent?.trim(),
    ).toBe('Outcomes');
    const summary = host().querySelector('[data-testid="reports-summary"]');
    expect(summary?.getAttribute('role')).toBe('status');
    expect(text(summary)).toBe(
      'Showing Mon 5 Jan 2026 to Sun 29 Mar 2026 (12 weeks), all your services.',
    );
    // The incidents table names services from the services list.
    expect(text(host().querySelector('[data-incident-id="inc-2"]'))).toContain(
      'South',
    );
  });

  it('reads the filters from a shared link', async () => {
    await harness.navigateByUrl(
      '/reports?from=2025-04-01&to=2025-07-01&serviceId=s-2&interval=month&groupBy=category',
      ReportsPageComponent,
    );
    http.expectOne('/api/services?limit=200').flush(SERVICES);
    await harness.fixture.whenStable();
    await answerReports(
      'from=2025-04-01&to=2025-06-30&serviceId=s-2',
      'interval=month&groupBy=category',
    );
    expect(text(host().querySelector('[data-testid="reports-summary"]'))).toBe(
      'Showing Tue 1 Apr 2025 to Mon 30 Jun 2025 (13 weeks), South.',
    );
    const service = host().querySelector(
      '[data-testid="report-service"]',
    ) as HTMLSelectElement;
    expect(service.value).toBe('s-2');
  });

  it('puts chosen filters in the URL (dates and ids only) and reloads the reports', async () => {
    await harness.navigateByUrl('/reports', ReportsPageComponent);
    http.expectOne('/api/services?limit=200').flush(SERVICES);
    await answerReports(WINDOW_QUERY);

    button(host(), 'Last 4 weeks').click();
    await harness.fixture.whenStable();
    const router = TestBed.inject(Router);
    expect(router.url).toBe('/reports?from=2026-03-02&to=2026-03-30');
    await answerReports('from=2026-03-02&to=2026-03-29');

    const select = host().querySelector(
      '[data-testid="report-service"]',
    ) as HTMLSelectElement;
    select.value = 's-1';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(router.url).toBe(
      '/reports?from=2026-03-02&to=2026-03-30&serviceId=s-1',
    );
    await answerReports('from=2026-03-02&to=2026-03-29&serviceId=s-1');
    expect(text(host().querySelector('[data-testid="reports-summary"]'))).toBe(
      'Showing Mon 2 Mar 2026 to Sun 29 Mar 2026 (4 weeks), North.',
    );

    // Back to the defaults: the URL carries nothing again.
    button(host(), 'Last 12 weeks').click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/reports?serviceId=s-1');
    await answerReports(`${WINDOW_QUERY}&serviceId=s-1`);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/reports');
    await answerReports(WINDOW_QUERY);
  });

  it('says when a link names a service that is not the reader’s, and asks for none of its reports', async () => {
    await harness.navigateByUrl('/reports?serviceId=s-9', ReportsPageComponent);
    expect(text(host())).toContain('Loading your services…');
    http.expectOne('/api/services?limit=200').flush(SERVICES);
    await harness.fixture.whenStable();
    expect(text(host().querySelector('nd-error-banner'))).toContain(
      'That service is not one of yours',
    );
    expect(
      host().querySelectorAll('nd-report-section > section[aria-labelledby]'),
    ).toHaveLength(0);

    button(host(), 'Show all my services').click();
    await harness.fixture.whenStable();
    await answerReports(WINDOW_QUERY);
    expect(
      host().querySelectorAll('nd-report-section > section[aria-labelledby]'),
    ).toHaveLength(6);
  });

  it('falls back to the defaults for a link it cannot read, and says so', async () => {
    await harness.navigateByUrl(
      '/reports?from=2026-13-01&to=yesterday',
      ReportsPageComponent,
    );
    http.expectOne('/api/services?limit=200').flush(SERVICES);
    await answerReports(WINDOW_QUERY);
    const banner = host().querySelector('nd-error-banner') as HTMLElement;
    expect(banner.getAttribute('role')).toBe('status');
    expect(text(banner)).toContain(
      "Some of the link's filters could not be read",
    );
  });
});
