import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Observable, of, throwError } from 'rxjs';
import {
  type ReportExportCreated,
  type ReportQuery,
  ReportsApi,
  SessionStore,
} from '@navdesk/console/data-access';
import type {
  CreateReportExportRequest,
  ReportExportView,
  VendorPackReport,
} from '@navdesk/contracts';
import { button, setUpReports, text, wait } from '../testing/report-testing';
import { VendorPackPageComponent } from './vendor-pack-page.component';

const SERVICES = {
  items: [
    { id: 's-1', code: 'N', name: 'North' },
    { id: 's-2', code: 'S', name: 'South' },
  ],
  nextCursor: null,
};

function vendorPack(
  overrides: Partial<VendorPackReport> = {},
): VendorPackReport {
  return {
    from: '2025-10-01',
    to: '2025-12-31',
    serviceIds: ['s-1', 's-2'],
    problems: [
      {
        problem: 'Reminders arrive twice after the update',
        incidentIds: ['inc-1'],
        services: 1,
        category: 'notifications',
        theme: 'functionality',
        tickets: 14,
        firstSeenAt: '2025-10-03T09:15:00.000Z',
        // 23:30 UTC in winter is still 30 Nov in London.
        lastSeenAt: '2025-11-30T23:30:00.000Z',
        appVersions: ['4.2.0', '4.3.1'],
        examples: [
          'Patient [masked] gets every reminder twice since Tuesday',
          'Two identical reminders at 9am',
        ],
      },
      {
        problem: 'Other not-fixable tickets: Log-in and access',
        incidentIds: [],
        services: 1,
        category: 'login_access',
        theme: null,
        tickets: 2,
        firstSeenAt: '2025-12-01T10:00:00.000Z',
        lastSeenAt: '2025-12-02T10:00:00.000Z',
        appVersions: [],
        examples: [],
      },
    ],
    askedAway: [
      {
        moduleId: 'm-1',
        title: 'Problem solving',
        requests: 9,
        skip: 6,
        replace: '<5',
        reasons: [
          'Already covered in session [masked]',
          'Patient prefers paper',
        ],
      },
      {
        moduleId: 'm-2',
        title: 'Thoughts and feelings',
        requests: '<5',
        skip: '<5',
        replace: '<5',
        reasons: [],
      },
    ],
    notificationBurden: [
      {
        month: '2025-11',
        changesApplied: 12,
        withQuietHours: '<5',
        remindersOff: 0,
        burdenFlagsRaised: 7,
        burdenFlagsCleared: '<5',
      },
    ],
    ...overrides,
  };
}

function doneExport(): ReportExportView {
  return {
    id: 'ex-1',
    report: 'vendor-pack',
    status: 'done',
    progress: 100,
    rows: 5,
    createdAt: '2026-03-29T10:00:00.000Z',
    downloadUrl: '/api/reports/exports/ex-1/download?key=k',
    expiresAt: '2026-03-29T11:00:00.000Z',
  };
}

/** The reports API as the page and its export button use it: answers set by each test, calls kept. */
class FakeReportsApi
  implements Pick<ReportsApi, 'vendorPack' | 'createExport' | 'exportStatus'>
{
  readonly queries: ReportQuery[] = [];
  readonly exports: CreateReportExportRequest[] = [];
  answer: () => Observable<VendorPackReport> = () => of(vendorPack());

  vendorPack(query: ReportQuery = {}): Observable<VendorPackReport> {
    this.queries.push(query);
    return this.answer();
  }

  createExport(
    request: CreateReportExportRequest,
  ): Observable<ReportExportCreated> {
    this.exports.push(request);
    return of({ id: 'ex-1' });
  }

  exportStatus(): Observable<ReportExportView> {
    return of(doneExport());
  }
}

/** What a sighted reader sees in a cell: "<5" without its screen-reader words; a list's items joined by " | ". */
function visible(cell: Element): string {
  const items = [...cell.querySelectorAll('li')];
  if (items.length > 0) return items.map((li) => text(li)).join(' | ');
  const shown = cell.querySelector('[aria-hidden="true"]');
  return text(shown ?? cell);
}

function visibleRows(table: Element | null): string[][] {
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map(visible),
  );
}

describe('VendorPackPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let api: FakeReportsApi;

  async function open(url = '/reports/vendor-pack', answer = api.answer) {
    api.answer = answer;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, VendorPackPageComponent);
    http.expectOne('/api/services?limit=200').flush(SERVICES);
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    api = new FakeReportsApi();
    setUpReports({
      routes: [
        { path: 'reports/vendor-pack', component: VendorPackPageComponent },
      ],
      providers: [{ provide: ReportsApi, useValue: api }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const host = () => harness.routeNativeElement as HTMLElement;
  const part = (testId: string) =>
    host().querySelector(`[data-testid="${testId}"]`) as HTMLElement;
  const summary = () => text(part('vendor-summary'));

  it('opens on the last full quarter of all services and says what the pack is for', async () => {
    await open();

    // The test day is Sun 29 Mar 2026: the last full quarter is Oct–Dec 2025, sent last day inclusive.
    expect(api.queries).toEqual([
      { from: '2025-10-01', to: '2025-12-31', serviceId: undefined },
    ]);
    expect(text(host().querySelector('h1'))).toBe('Vendor feedback pack');
    const lead = text(host().querySelector('.nd-page-header__lead'));
    expect(lead).toContain('what services cannot fix themselves');
    expect(lead).toContain('Free text is masked');
    expect(lead).toContain('<5');
    expect(summary()).toBe(
      'Period: 1 Oct 2025 to 31 Dec 2025. Services: all your services.',
    );
    expect([...host().querySelectorAll('h2')].map((h) => text(h))).toEqual([
      'Problems services cannot fix',
      'Modules asked away',
      'Notification burden',
    ]);
    const presets = host().querySelector('[aria-label="Date range presets"]');
    expect(
      [...(presets?.querySelectorAll('button') ?? [])].map((b) => [
        text(b),
        b.getAttribute('aria-pressed'),
      ]),
    ).toEqual([
      ['This quarter', 'false'],
      ['Last quarter', 'true'],
    ]);
  });

  it('lists the problems services cannot fix with UK dates, app versions and masked examples', async () => {
    await open();

    const problems = part('vendor-problems');
    const table = problems.querySelector('table');
    expect(text(table?.querySelector('caption') ?? null)).toContain(
      'Problems services cannot fix',
    );
    expect(
      [...(table?.querySelectorAll('thead th') ?? [])].map((th) => [
        text(th),
        th.getAttribute('scope'),
      ]),
    ).toEqual([
      ['Problem', 'col'],
      ['Tickets', 'col'],
      ['First seen', 'col'],
      ['Last seen', 'col'],
      ['App versions', 'col'],
      ['Example descriptions (masked)', 'col'],
    ]);
    expect(visibleRows(table)).toEqual([
      [
        'Reminders arrive twice after the update',
        '14',
        '3 Oct 2025',
        '30 Nov 2025',
        '4.2.0, 4.3.1',
        'Patient [masked] gets every reminder twice since Tuesday | Two identical reminders at 9am',
      ],
      [
        'Other not-fixable tickets: Log-in and access',
        '2',
        '1 Dec 2025',
        '2 Dec 2025',
        'Not known',
        'None written',
      ],
    ]);
    const first = table?.querySelector('tbody tr');
    expect(first?.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(first?.querySelectorAll('ul > li')).toHaveLength(2);
  });

  it('shows small counts of patients as <5, and why a module has no reasons', async () => {
    await open();

    const askedAway = part('vendor-asked-away').querySelector('table');
    expect(text(askedAway?.querySelector('caption') ?? null)).toContain(
      'Modules asked away',
    );
    expect(visibleRows(askedAway)).toEqual([
      [
        'Problem solving',
        '9',
        '6',
        '<5',
        'Already covered in session [masked] | Patient prefers paper',
      ],
      [
        'Thoughts and feelings',
        '<5',
        '<5',
        '<5',
        'Not shown: fewer than 5 requests',
      ],
    ]);
    // Screen readers hear what "<5" means.
    const hidden = askedAway?.querySelectorAll('tbody tr')[1]?.children[1];
    expect(text(hidden ?? null)).toContain(
      'fewer than 5, hidden to protect privacy',
    );

    const burden = part('vendor-burden').querySelector('table');
    expect(
      [...(burden?.querySelectorAll('thead th') ?? [])].map((th) => text(th)),
    ).toEqual([
      'Month',
      'Changes applied',
      'With quiet hours',
      'Reminders off',
      'Burden flags raised',
      'Burden flags cleared',
    ]);
    expect(visibleRows(burden)).toEqual([
      ['November 2025', '12', '<5', '0', '7', '<5'],
    ]);
  });

  it('says in plain words when a part of the pack is empty', async () => {
    await open('/reports/vendor-pack', () =>
      of(
        vendorPack({
          problems: [],
          askedAway: [],
          notificationBurden: [
            {
              month: '2025-10',
              changesApplied: 0,
              withQuietHours: 0,
              remindersOff: 0,
              burdenFlagsRaised: 0,
              burdenFlagsCleared: 0,
            },
          ],
        }),
      ),
    );

    expect(host().querySelectorAll('table')).toHaveLength(0);
    expect(text(part('vendor-problems'))).toContain(
      'No ticket was marked not fixable in this period',
    );
    expect(text(part('vendor-asked-away'))).toContain(
      'No module was asked to be skipped or replaced in this period.',
    );
    expect(text(part('vendor-burden'))).toContain(
      'No notification settings were changed and no burden flag was raised or cleared in this period.',
    );
  });

  it('exports the pack as the vendor-pack CSV of the period shown', async () => {
    await open();

    const exportButton = host().querySelector(
      '[data-testid="export-csv"]',
    ) as HTMLButtonElement;
    expect(exportButton.getAttribute('aria-label')).toBe(
      'Export CSV: Vendor feedback pack',
    );
    exportButton.click();
    await wait(20);
    await harness.fixture.whenStable();

    expect(api.exports).toEqual([
      {
        report: 'vendor-pack',
        format: 'csv',
        params: { from: '2025-10-01', to: '2025-12-31' },
      },
    ]);
    const download = host().querySelector('[data-testid="download-csv"]');
    expect(text(download)).toBe('Download CSV');
    expect(download?.getAttribute('href')).toBe(
      '/api/reports/exports/ex-1/download?key=k',
    );
  });

  it('prints from the Print button', async () => {
    await open();
    const print = jest
      .spyOn(window, 'print')
      .mockImplementation(() => undefined);
    try {
      button(host(), 'Print').click();
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      print.mockRestore();
    }
    // The buttons and the filters are left off the printed page; the period line is not.
    expect(part('print-pack').closest('.nd-no-print')).not.toBeNull();
    expect(
      host().querySelector('nd-report-filters-bar')?.closest('.nd-no-print'),
    ).not.toBeNull();
    expect(part('vendor-summary').closest('.nd-no-print')).toBeNull();
  });

  it('follows the service and quarter chosen, and keeps them in the URL', async () => {
    await open('/reports/vendor-pack?serviceId=s-2');

    expect(api.queries).toEqual([
      { from: '2025-10-01', to: '2025-12-31', serviceId: 's-2' },
    ]);
    expect(summary()).toBe(
      'Period: 1 Oct 2025 to 31 Dec 2025. Services: South.',
    );

    button(host(), 'This quarter').click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      '/reports/vendor-pack?serviceId=s-2&from=2026-01-01&to=2026-03-30',
    );
    expect(api.queries.at(-1)).toEqual({
      from: '2026-01-01',
      to: '2026-03-29',
      serviceId: 's-2',
    });
    expect(summary()).toBe(
      'Period: 1 Jan 2026 to 29 Mar 2026. Services: South.',
    );
  });

  it('shows a failed load with a way to try again', async () => {
    let failing = true;
    await open('/reports/vendor-pack', () =>
      failing
        ? throwError(
            () =>
              new HttpErrorResponse({
                status: 503,
                error: { statusCode: 503, message: 'Reports are resting.' },
              }),
          )
        : of(vendorPack()),
    );

    expect(text(host())).toContain('The vendor pack could not be loaded');
    expect(text(host())).toContain('Reports are resting.');
    expect(part('vendor-problems')).toBeNull();

    failing = false;
    button(host(), 'Try again').click();
    await harness.fixture.whenStable();
    expect(part('vendor-problems')).not.toBeNull();
    expect(api.queries).toHaveLength(2);
  });
});
