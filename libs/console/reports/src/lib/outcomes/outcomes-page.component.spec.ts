import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { Role } from '@navdesk/contracts';
import { outcomesReport } from '../testing/report-fixtures';
import { button, setUpReports, text } from '../testing/report-testing';
import { OutcomesPageComponent } from './outcomes-page.component';

const SERVICES = {
  items: [
    { id: 's-1', code: 'N', name: 'North' },
    { id: 's-2', code: 'S', name: 'South' },
  ],
  nextCursor: null,
};

/** This quarter to date on the test day (Sun 29 Mar 2026), last day inclusive. */
const QUARTER_QUERY = 'from=2026-01-01&to=2026-03-29';

/** What a sighted reader sees in a cell: "Suppressed" or "<5" without its screen-reader words. */
function visible(cell: Element): string {
  const shown = cell.querySelector('[aria-hidden="true"]');
  return text(shown ?? cell);
}

function visibleRows(table: Element | null): string[][] {
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map(visible),
  );
}

describe('OutcomesPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url = '/reports/outcomes', role: Role = 'navigator') {
    setUpReports({
      role,
      routes: [{ path: 'reports/outcomes', component: OutcomesPageComponent }],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, OutcomesPageComponent);
    http.expectOne('/api/services?limit=200').flush(SERVICES);
  }

  async function answer(query: string, body: object = outcomesReport()) {
    http.expectOne(`/api/reports/outcomes?${query}`).flush(body);
    await harness.fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const host = () => harness.routeNativeElement as HTMLElement;
  const section = (name: string) =>
    host().querySelector(`[data-testid="report-${name}"]`) as HTMLElement;
  /** A chart's table equivalent, found by the start of its caption. */
  const chartTable = (within: Element, caption: string) =>
    [...within.querySelectorAll('[data-testid="chart-table"]')].find((t) =>
      text(t.querySelector('caption')).startsWith(caption),
    ) ?? null;

  it('shows this quarter to date against the period the API compared it with, one section per barrier with its headline', async () => {
    await open();
    await answer(QUARTER_QUERY);

    expect(text(host().querySelector('h1'))).toBe('Outcomes');
    expect([...host().querySelectorAll('h2')].map((h) => text(h))).toEqual([
      'Functionality',
      'Time',
      'Flexibility',
      'Confidence',
    ]);
    const summary = host().querySelector('[data-testid="outcomes-summary"]');
    expect(summary?.getAttribute('role')).toBe('status');
    expect([...(summary?.querySelectorAll('p') ?? [])].map(text)).toEqual([
      'Showing 1 Jan 2026 to 29 Mar 2026, all your services.',
      'Compared with the period before: 4 Oct 2025 to 31 Dec 2025.',
    ]);
    expect(
      ['functionality', 'time', 'flexibility', 'confidence'].map((name) =>
        text(section(name).querySelector('[data-testid="outcome-headline"]')),
      ),
    ).toEqual([
      '✓ Better: Fewer sessions disrupted by tech this quarter (12 % → 7 %)',
      '✓ Better: More briefs opened before sessions this quarter (55 % → 72 %)',
      '✗ Worse: Tailoring decisions came more slowly this quarter (20 h → 31 h)',
      '? Not compared: Confidence after training is not compared: too few PWPs',
    ]);
    // The trend is said in a word, not by colour alone.
    expect(
      text(
        section('flexibility').querySelector('[data-testid="outcome-trend"]'),
      ),
    ).toContain('Worse');
  });

  it('gives every chart its table of the previous period against this one', async () => {
    await open();
    await answer(QUARTER_QUERY);

    const functionality = section('functionality');
    const shares = chartTable(functionality, 'Patient-related tickets');
    expect([...(shares?.querySelectorAll('thead th') ?? [])].map(text)).toEqual(
      ['Measure', 'Previous period', 'This period'],
    );
    expect(visibleRows(shares)).toEqual([
      ['Resolved before the next session', '64%', '81%'],
      ['Disrupted therapy', '12%', '7%'],
    ]);
    expect(
      visibleRows(chartTable(functionality, 'Median time to resolve')),
    ).toEqual([
      ['Functionality', '2 h 30 min', '1 h 30 min'],
      ['Experience of time', '12 min', 'Suppressed'],
    ]);
    expect(visibleRows(chartTable(functionality, 'Tickets fixable'))).toEqual([
      ['Dec 2025', '9', '6'],
      ['Jan 2026', '11', '3'],
    ]);
    expect(
      visibleRows(
        chartTable(
          section('time'),
          'Sessions whose brief was opened before it started, by service',
        ),
      ),
    ).toEqual([
      ['North', '50%', '75%'],
      ['South', '12%', 'Suppressed'],
    ]);
    expect(
      visibleRows(
        chartTable(
          section('time'),
          'Median minutes between opening the brief and the session, by PWP',
        ),
      ),
    ).toEqual([['Pat Practitioner', '10 min', '30 min']]);
    const flexibility = section('flexibility');
    expect(
      visibleRows(chartTable(flexibility, 'Patients who started a module')),
    ).toEqual([
      ['Problem solving', '10%', '35%'],
      ['Thoughts and feelings', 'Suppressed', '0%'],
    ]);
    expect(visibleRows(flexibility.querySelector('table[mat-table]'))).toEqual([
      ['Problem solving', '9'],
      ['Thoughts and feelings', '<5'],
    ]);
    expect(
      visibleRows(
        chartTable(section('confidence'), 'Mean change in confidence'),
      ),
    ).toEqual([['Choosing modules with patients', '+1.4', '+2.1']]);
  });

  it('shows suppressed figures as suppressed, with the reason for screen readers, never as 0', async () => {
    await open();
    await answer(QUARTER_QUERY);

    const confidence = section('confidence');
    const howDoI = chartTable(confidence, '“How do I…” tickets per PWP');
    expect(visibleRows(howDoI)).toEqual([
      ['Before training', 'Suppressed'],
      ['After training', 'Suppressed'],
    ]);
    expect(text(howDoI?.querySelector('tbody td') ?? null)).toContain(
      'fewer than 5 patients, hidden to protect privacy',
    );
    expect(
      visible(
        confidence.querySelector(
          '[data-testid="outcomes-how-do-i-pwps"] nd-patient-count',
        ) as Element,
      ),
    ).toBe('<5');

    const applied = [
      ...section('flexibility').querySelectorAll('dl > div'),
    ].find((d) => text(d.querySelector('dt')) === 'Approved requests applied');
    const shown = applied?.querySelector('dd > nd-outcome-cell') as Element;
    expect(visible(shown)).toBe('Suppressed');
    expect(text(applied?.querySelector('dd small') ?? null)).toContain(
      'Not compared',
    );
    expect(text(host())).toContain(
      'A figure computed over fewer than 5 patients is hidden to protect privacy',
    );
  });

  it('shows per-PWP figures to navigators only: a manager’s answer has none and the page shows no PWP part', async () => {
    await open('/reports/outcomes', 'manager');
    const report = outcomesReport();
    await answer(QUARTER_QUERY, {
      ...report,
      time: { ...report.time, byPwp: null },
    });

    const time = section('time');
    expect(time.querySelector('[data-testid="outcomes-by-pwp"]')).toBeNull();
    expect(text(time)).not.toContain('By PWP');
    expect(text(time)).not.toContain('Pat Practitioner');
    expect(
      chartTable(
        time,
        'Sessions whose brief was opened before it started, by service',
      ),
    ).not.toBeNull();
  });

  it('shows the navigator the per-PWP part', async () => {
    await open();
    await answer(QUARTER_QUERY);
    const byPwp = section('time').querySelector(
      '[data-testid="outcomes-by-pwp"]',
    );
    expect(text(byPwp?.querySelector('h3') ?? null)).toBe('By PWP');
  });

  it('says when the outcomes cannot be loaded, and loads them again on "Try again"', async () => {
    await open();
    http.expectOne(`/api/reports/outcomes?${QUARTER_QUERY}`).flush(
      {
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'The reports database is unavailable.',
      },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await harness.fixture.whenStable();
    const banner = host().querySelector('nd-error-banner') as HTMLElement;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(text(banner)).toContain('Outcomes could not be loaded');
    expect(text(banner)).toContain('The reports database is unavailable.');
    expect(host().querySelectorAll('h2')).toHaveLength(0);

    button(host(), 'Try again').click();
    await answer(QUARTER_QUERY);
    expect(host().querySelector('nd-error-banner')).toBeNull();
    expect(host().querySelectorAll('h2')).toHaveLength(4);
  });

  it('shows an answer it cannot read as a failed load, not a broken page', async () => {
    await open();
    await answer(QUARTER_QUERY, { functionality: { headline: null } });
    expect(text(host().querySelector('nd-error-banner'))).toContain(
      'Outcomes could not be loaded',
    );
    expect(host().querySelectorAll('h2')).toHaveLength(0);
  });

  it('puts the chosen period and service in the URL and asks again', async () => {
    await open();
    await answer(QUARTER_QUERY);
    const router = TestBed.inject(Router);

    button(host(), 'Last quarter').click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/reports/outcomes?from=2025-10-01&to=2026-01-01');
    await answer('from=2025-10-01&to=2025-12-31');

    const select = host().querySelector(
      '[data-testid="report-service"]',
    ) as HTMLSelectElement;
    select.value = 's-2';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    await answer('from=2025-10-01&to=2025-12-31&serviceId=s-2');
    expect(
      text(host().querySelector('[data-testid="outcomes-summary"]')),
    ).toContain('Showing 1 Oct 2025 to 31 Dec 2025, South.');
    // Usability trends' interval and grouping are not offered here.
    expect(host().querySelector('[data-testid="report-interval"]')).toBeNull();

    button(host(), 'This quarter').click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/reports/outcomes?serviceId=s-2');
    await answer(`${QUARTER_QUERY}&serviceId=s-2`);
  });
});
