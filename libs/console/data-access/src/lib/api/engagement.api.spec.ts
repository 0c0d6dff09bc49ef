import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_FLAG_THRESHOLDS } from '@navdesk/contracts';
import { BriefsApi, PatientEngagementApi } from './engagement.api';
import { FlagsApi, FlagThresholdsApi } from './flags.api';
import { PatientsApi } from './patients.api';

describe('engagement clients', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withXhr()), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('filters and sorts the caseload by enums and ids only, and reads one patient by path', () => {
    const api = TestBed.inject(PatientsApi);
    void firstValueFrom(
      api.list(
        { flag: 'no_login', activity: 'older', pwpId: 'u-1', sort: 'flags' },
        { limit: 50, cursor: 'c2' },
      ),
    );
    http.expectOne(
      '/api/patients?limit=50&cursor=c2&flag=no_login&activity=older&pwpId=u-1&sort=flags',
    );
    void firstValueFrom(api.list());
    http.expectOne('/api/patients');
    void firstValueFrom(api.get('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9');
  });

  it('reads a patient’s engagement, flags, brief, tickets and access log with the ref in the path', () => {
    const api = TestBed.inject(PatientEngagementApi);
    void firstValueFrom(api.engagement('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/engagement');
    void firstValueFrom(
      api.engagement('P-7QK2M9', {
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-03-01T00:00:00.000Z',
      }),
    );
    http.expectOne(
      (req) =>
        req.url === '/api/patients/P-7QK2M9/engagement' &&
        req.params.get('from') === '2026-01-01T00:00:00.000Z' &&
        req.params.get('to') === '2026-03-01T00:00:00.000Z',
    );
    void firstValueFrom(api.flags('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/flags');
    void firstValueFrom(api.brief('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/brief');
    void firstValueFrom(api.tickets('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/tickets');
    void firstValueFrom(api.accessLog('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/access-log');

    void firstValueFrom(TestBed.inject(BriefsApi).today());
    http.expectOne('/api/briefs/today');
  });

  it('lists and acknowledges flags, and reads and saves a service’s thresholds', () => {
    const flags = TestBed.inject(FlagsApi);
    void firstValueFrom(
      flags.list({ status: 'open', cause: 'technical' }, { limit: 50 }),
    );
    http.expectOne('/api/flags?limit=50&status=open&cause=technical');
    void firstValueFrom(flags.acknowledge('f/1', { note: 'Phoned' }));
    const ack = http.expectOne('/api/flags/f%2F1/acknowledge');
    expect(ack.request.method).toBe('POST');
    expect(ack.request.body).toEqual({ note: 'Phoned' });

    const thresholds = TestBed.inject(FlagThresholdsApi);
    void firstValueFrom(thresholds.get('s-1'));
    http.expectOne('/api/services/s-1/flag-thresholds');
    void firstValueFrom(thresholds.update('s-1', DEFAULT_FLAG_THRESHOLDS));
    const put = http.expectOne('/api/services/s-1/flag-thresholds');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual(DEFAULT_FLAG_THRESHOLDS);
  });
});
