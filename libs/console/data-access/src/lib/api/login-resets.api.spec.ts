import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { LoginResetsApi } from './login-resets.api';
import { NotificationChangesApi } from './notification-changes.api';
import { ProgrammeAccountApi } from './programme-account.api';

describe('log-in reset and programme clients', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withXhr()), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('creates, reads, lists (filters only when set) and retries resets', () => {
    const api = TestBed.inject(LoginResetsApi);
    void firstValueFrom(api.create({ patientRef: 'P-7QK2M9', channel: 'sms' }));
    const create = http.expectOne('/api/login-resets');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      patientRef: 'P-7QK2M9',
      channel: 'sms',
    });

    void firstValueFrom(api.get('r/1'));
    http.expectOne('/api/login-resets/r%2F1');

    void firstValueFrom(api.list({ status: 'failed' }, { limit: 50 }));
    http.expectOne('/api/login-resets?limit=50&status=failed');
    void firstValueFrom(api.list());
    http.expectOne('/api/login-resets');
    void firstValueFrom(api.ofPatient('P-7QK2M9', { limit: 1 }));
    http.expectOne('/api/patients/P-7QK2M9/login-resets?limit=1');

    void firstValueFrom(api.retry('r-1'));
    expect(http.expectOne('/api/login-resets/r-1/retry').request.method).toBe(
      'POST',
    );
  });

  it('reads the programme account and the notification changes of a patient by path', () => {
    void firstValueFrom(TestBed.inject(ProgrammeAccountApi).get('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/programme-account');

    const changes = TestBed.inject(NotificationChangesApi);
    void firstValueFrom(changes.list('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/notification-changes');
    void firstValueFrom(
      changes.create('P-7QK2M9', {
        reminderFrequency: 'weekly',
        quietHours: null,
        reason: 'Too many',
      }),
    );
    const post = http.expectOne('/api/patients/P-7QK2M9/notification-changes');
    expect(post.request.method).toBe('POST');
    expect(post.request.body.reminderFrequency).toBe('weekly');
  });
});
