import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { ReportExportView } from '@navdesk/contracts';
import { setUpReports, text, wait } from '../testing/report-testing';
import { ReportExportComponent } from './report-export.component';

const PARAMS = { from: '2026-01-05', to: '2026-03-30', serviceId: 's-1' };

function exportView(overrides: Partial<ReportExportView>): ReportExportView {
  return {
    id: 'ex-1',
    report: 'operations',
    status: 'queued',
    progress: 0,
    rows: 0,
    createdAt: '2026-03-29T10:00:00.000Z',
    ...overrides,
  };
}

describe('ReportExportComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReportExportComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    setUpReports();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReportExportComponent);
    fixture.componentRef.setInput('report', 'operations');
    fixture.componentRef.setInput('params', PARAMS);
    fixture.componentRef.setInput('section', 'Operations');
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const exportButton = () =>
    host.querySelector('[data-testid="export-csv"]') as HTMLButtonElement;
  const status = () =>
    text(host.querySelector('[data-testid="export-status"]'));
  const progressBar = () => host.querySelector('mat-progress-bar');

  async function startExport(): Promise<void> {
    exportButton().click();
    await fixture.whenStable();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/reports/exports',
    });
    expect(post.request.body).toEqual({
      report: 'operations',
      format: 'csv',
      params: PARAMS,
    });
    post.flush({ id: 'ex-1' }, { status: 202, statusText: 'Accepted' });
  }

  async function answerPoll(view: ReportExportView): Promise<void> {
    await wait(10);
    http.expectOne('/api/reports/exports/ex-1').flush(view);
    await fixture.whenStable();
  }

  it('is named for its section', () => {
    expect(text(exportButton())).toBe('Export CSV');
    expect(exportButton().getAttribute('aria-label')).toBe(
      'Export CSV: Operations',
    );
    expect(progressBar()).toBeNull();
  });

  it('shows the progress while the CSV is prepared, then a download link with its expiry', async () => {
    await startExport();
    await answerPoll(exportView({ status: 'queued', progress: 0 }));
    expect(exportButton().disabled).toBe(true);
    await answerPoll(exportView({ status: 'running', progress: 40 }));

    const bar = progressBar() as HTMLElement;
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-label')).toBe('Export progress');
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(status()).toBe('Preparing… 40%');
    expect(
      host.querySelector('[data-testid="export-status"]')?.getAttribute('role'),
    ).toBe('status');

    await answerPoll(
      exportView({
        status: 'done',
        progress: 100,
        rows: 12,
        downloadUrl: '/api/reports/exports/ex-1/download?key=abc',
        expiresAt: '2026-03-29T11:00:00.000Z',
      }),
    );
    const link = host.querySelector(
      '[data-testid="download-csv"]',
    ) as HTMLAnchorElement;
    expect(text(link)).toBe('Download CSV');
    expect(link.getAttribute('href')).toBe(
      '/api/reports/exports/ex-1/download?key=abc',
    );
    expect(link.hasAttribute('download')).toBe(true);
    const expiry = host.querySelector(
      `#${link.getAttribute('aria-describedby')}`,
    );
    expect(text(expiry)).toBe(
      '12 rows; the link works until Sun 29 Mar 2026, 12:00.',
    );
    expect(progressBar()?.getAttribute('aria-valuenow')).toBe('100');
    expect(status()).toBe('Operations CSV ready: 12 rows.');
    expect(exportButton().disabled).toBe(false);

    // Done: no more polling.
    await wait(30);
    http.expectNone('/api/reports/exports/ex-1');
  });

  it('shows why an export failed and lets it be tried again', async () => {
    await startExport();
    await answerPoll(
      exportView({
        status: 'failed',
        progress: 30,
        error: 'The report timed out',
      }),
    );
    const banner = host.querySelector('nd-error-banner') as HTMLElement;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(text(banner)).toContain('The report timed out');
    expect(host.querySelector('[data-testid="download-csv"]')).toBeNull();
    expect(progressBar()).toBeNull();
    await wait(30);
    http.expectNone('/api/reports/exports/ex-1');

    exportButton().click();
    await fixture.whenStable();
    http
      .expectOne('/api/reports/exports')
      .flush(
        {
          message: 'Too many exports',
          statusCode: 429,
          error: 'Too Many Requests',
        },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await fixture.whenStable();
    expect(text(host.querySelector('nd-error-banner'))).toContain(
      'Too many exports',
    );
  });

  /** Any poll already on its way when polling stopped was cancelled, and none follows. */
  async function expectPollingStopped(): Promise<void> {
    await wait(30);
    const polls = http.match('/api/reports/exports/ex-1');
    expect(polls.every((poll) => poll.cancelled)).toBe(true);
    await wait(30);
    http.expectNone('/api/reports/exports/ex-1');
  }

  it('stops polling when the filters change or the page is left', async () => {
    await startExport();
    await answerPoll(exportView({ status: 'running', progress: 10 }));
    fixture.componentRef.setInput('params', { ...PARAMS, serviceId: 's-2' });
    await fixture.whenStable();
    expect(progressBar()).toBeNull();
    await expectPollingStopped();

    fixture.componentRef.setInput('params', PARAMS);
    await fixture.whenStable();
    await startExport();
    await answerPoll(exportView({ status: 'running', progress: 10 }));
    fixture.destroy();
    await expectPollingStopped();
  });
});
