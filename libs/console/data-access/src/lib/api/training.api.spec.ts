import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { TailoringApi } from './tailoring.api';
import { TrainingApi } from './training.api';

describe('training and tailoring clients', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withXhr()), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('reads and adds catalogue modules', () => {
    const api = TestBed.inject(TrainingApi);
    void firstValueFrom(api.modules());
    expect(http.expectOne('/api/training/modules').request.method).toBe('GET');
    void firstValueFrom(
      api.createModule({
        title: 'Choosing modules with patients',
        topic: 'choosing_modules',
        format: 'workshop',
        durationMinutes: 60,
        core: true,
      }),
    );
    const post = http.expectOne('/api/training/modules');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      title: 'Choosing modules with patients',
      topic: 'choosing_modules',
      format: 'workshop',
      durationMinutes: 60,
      core: true,
    });
  });

  it('lists sessions with only the filters set, schedules, reads and cancels one', () => {
    const api = TestBed.inject(TrainingApi);
    void firstValueFrom(
      api.sessions({ when: 'upcoming', moduleId: 'tm-1' }, { limit: 20 }),
    );
    http.expectOne(
      '/api/training/sessions?limit=20&when=upcoming&moduleId=tm-1',
    );
    void firstValueFrom(api.sessions({ when: 'past' }, { cursor: 'c2' }));
    http.expectOne('/api/training/sessions?cursor=c2&when=past');

    void firstValueFrom(
      api.createSession({
        moduleId: 'tm-1',
        startsAt: '2026-03-10T14:00:00.000Z',
        capacity: 12,
        mode: 'online',
      }),
    );
    const create = http.expectOne({
      method: 'POST',
      url: '/api/training/sessions',
    });
    expect(create.request.body.capacity).toBe(12);

    void firstValueFrom(api.session('ts/1'));
    http.expectOne('/api/training/sessions/ts%2F1');
    void firstValueFrom(api.cancelSession('ts-1'));
    expect(
      http.expectOne('/api/training/sessions/ts-1/cancel').request.method,
    ).toBe('POST');
  });

  it('books, cancels a booking, records attendance and invites', () => {
    const api = TestBed.inject(TrainingApi);
    void firstValueFrom(api.book('ts-1'));
    expect(
      http.expectOne({
        method: 'POST',
        url: '/api/training/sessions/ts-1/bookings',
      }).request.body,
    ).toEqual({});
    void firstValueFrom(api.cancelBooking('ts-1'));
    http.expectOne({
      method: 'DELETE',
      url: '/api/training/sessions/ts-1/bookings',
    });
    void firstValueFrom(
      api.recordAttendance('ts-1', {
        pwpId: 'u-pwp',
        confidenceBefore: 3,
        confidenceAfter: 7,
      }),
    );
    const attendance = http.expectOne('/api/training/sessions/ts-1/attendance');
    expect(attendance.request.method).toBe('POST');
    expect(attendance.request.body).toEqual({
      pwpId: 'u-pwp',
      confidenceBefore: 3,
      confidenceAfter: 7,
    });
    void firstValueFrom(api.invite('ts-1', { pwpIds: ['u-1', 'u-2'] }));
    const invite = http.expectOne('/api/training/sessions/ts-1/invitations');
    expect(invite.request.method).toBe('POST');
    expect(invite.request.body).toEqual({ pwpIds: ['u-1', 'u-2'] });
  });

  it('reads records, coverage, question topics and PWPs', () => {
    const api = TestBed.inject(TrainingApi);
    void firstValueFrom(api.myRecord());
    http.expectOne('/api/training/record');
    void firstValueFrom(api.record('u-pwp'));
    http.expectOne('/api/training/records/u-pwp');
    void firstValueFrom(api.coverage());
    http.expectOne('/api/training/coverage');
    void firstValueFrom(api.coverage('s-2'));
    http.expectOne('/api/training/coverage?serviceId=s-2');
    void firstValueFrom(api.questionTopics({ serviceId: 's-1', days: 90 }));
    http.expectOne('/api/training/question-topics?serviceId=s-1&days=90');
    void firstValueFrom(api.pwps());
    http.expectOne('/api/training/pwps');
  });

  it('creates, lists, decides and retries tailoring requests; a patient’s by path', () => {
    const api = TestBed.inject(TailoringApi);
    void firstValueFrom(
      api.create({
        patientRef: 'P-7QK2M9',
        moduleId: 'm04-problem-solving',
        action: 'skip',
        reason: 'Covered in session',
      }),
    );
    const create = http.expectOne('/api/tailoring-requests');
    expect(create.request.method).toBe('POST');
    expect(create.request.body.action).toBe('skip');

    void firstValueFrom(api.list({ status: 'pending' }, { limit: 50 }));
    http.expectOne('/api/tailoring-requests?limit=50&status=pending');
    void firstValueFrom(api.list());
    http.expectOne('/api/tailoring-requests');
    void firstValueFrom(api.get('tr-1'));
    http.expectOne('/api/tailoring-requests/tr-1');

    void firstValueFrom(
      api.decide('tr-1', { version: 3, decision: 'approved', note: 'Fine' }),
    );
    const patch = http.expectOne('/api/tailoring-requests/tr-1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      version: 3,
      decision: 'approved',
      note: 'Fine',
    });
    void firstValueFrom(api.retry('tr-1'));
    expect(
      http.expectOne('/api/tailoring-requests/tr-1/retry').request.method,
    ).toBe('POST');
    void firstValueFrom(api.ofPatient('P-7QK2M9'));
    http.expectOne('/api/patients/P-7QK2M9/tailoring-requests');
  });
});
