import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import type {
  ReportExportView,
  ReportsOverview,
  UsabilityTrendsReport,
} from '@navdesk/contracts';
import { ReportsApi } from './reports.api';

const WINDOW = { from: '2026-01-05', to: '2026-03-30' };

describe('ReportsApi', () => {
  let http: HttpTestingController;
  let api: ReportsApi;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withXhr()), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ReportsApi);
  });
  afterEach(() => http.verify());

  it('reads the overview for all services, or for one', async () => {
    const overview: ReportsOverview = {
      serviceIds: ['s-1'],
      thisWeek: { from: '2026-03-23', to: '2026-03-30' },
      lastWeek: { from: '2026-03-16', to: '2026-03-23' },
      figures: [
        {
          key: 'slaMet',
          label: 'SLA met',
          thisWeek: 92,
          lastWeek: 88,
          betterWhen: 'up',
        },
      ],
    };
    const all = firstValueFrom(api.overview());
    const req = http.expectOne('/api/reports/overview');
    expect(req.request.method).toBe('GET');
    req.flush(overview);
    await expect(all).resolves.toEqual(overview);

    void firstValueFrom(api.overview('s-2'));
    http.expectOne('/api/reports/overview?serviceId=s-2');
  });

  it('asks for usability trends with the window, interval, grouping and service set', async () => {
    const report: UsabilityTrendsReport = {
      ...WINDOW,
      serviceIds: ['s-1'],
      interval: 'month',
      groupBy: 'category',
      buckets: [],
    };
    const result = firstValueFrom(
      api.usabilityTrends({
        ...WINDOW,
        interval: 'month',
        groupBy: 'category',
        serviceId: 's-1',
      }),
    );
    http
      .expectOne(
        '/api/reports/usability-trends?from=2026-01-05&to=2026-03-30&interval=month&groupBy=category&serviceId=s-1',
      )
      .flush(report);
    await expect(result).resolves.toEqual(report);

    void firstValueFrom(api.usabilityTrends());
    http.expectOne('/api/reports/usability-trends');
  });

  it('reads the other reports with only the filters set', () => {
    void firstValueFrom(api.incidents({ ...WINDOW, limit: 10 }));
    http.expectOne(
      '/api/reports/incidents?from=2026-01-05&to=2026-03-30&limit=10',
    );
    void firstValueFrom(api.operations({ ...WINDOW, serviceId: 's-2' }));
    http.expectOne(
      '/api/reports/operations?from=2026-01-05&to=2026-03-30&serviceId=s-2',
    );
    void firstValueFrom(api.training(WINDOW));
    http.expectOne('/api/reports/training?from=2026-01-05&to=2026-03-30');
    void firstValueFrom(api.engagement({ serviceId: '' }));
    http.expectOne('/api/reports/engagement');
    void firstValueFrom(api.tailoring(WINDOW));
    const tailoring = http.expectOne(
      '/api/reports/tailoring?from=2026-01-05&to=2026-03-30',
    );
    expect(tailoring.request.method).toBe('GET');
  });

  it('reads the outcomes for a window and a service', () => {
    api.outcomes({ ...WINDOW, serviceId: 's-1' }).subscribe();
    http
      .expectOne(
        '/api/reports/outcomes?from=2026-01-05&to=2026-03-30&serviceId=s-1',
      )
      .flush({});
    api.outcomes().subscribe();
    http.expectOne('/api/reports/outcomes').flush({});
  });

  it('reads the vendor pack for a window and a service', () => {
    api.vendorPack({ ...WINDOW, serviceId: 's-1' }).subscribe();
    const req = http.expectOne(
      '/api/reports/vendor-pack?from=2026-01-05&to=2026-03-30&serviceId=s-1',
    );
    expect(req.request.method).toBe('GET');
    req.flush({});
    api.vendorPack().subscribe();
    http.expectOne('/api/reports/vendor-pack').flush({});
  });

  it('queues an export and reads its progress by id', async () => {
    const created = firstValueFrom(
      api.createExport({
        report: 'operations',
        format: 'csv',
        params: { ...WINDOW, serviceId: 's-1' },
      }),
    );
    const post = http.expectOne('/api/reports/exports');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      report: 'operations',
      format: 'csv',
      params: { from: '2026-01-05', to: '2026-03-30', serviceId: 's-1' },
    });
    post.flush({ id: 'ex/1' }, { status: 202, statusText: 'Accepted' });
    await expect(created).resolves.toEqual({ id: 'ex/1' });

    const done: ReportExportView = {
      id: 'ex/1',
      report: 'operations',
      status: 'done',
      progress: 100,
      rows: 12,
      createdAt: '2026-03-29T10:00:00.000Z',
      downloadUrl: '/api/reports/exports/ex-1/download?key=k',
      expiresAt: '2026-03-29T11:00:00.000Z',
    };
    const status = firstValueFrom(api.exportStatus('ex/1'));
    http.expectOne('/api/reports/exports/ex%2F1').flush(done);
    await expect(status).resolves.toEqual(done);
  });
});
