import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
  withXhr,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LoginResponse } from '@navdesk/contracts';
import { MemoryStorage } from '../testing/memory-storage';
import { authInterceptor } from './auth.interceptor';
import { RELOAD_PAGE } from './page-reload.token';
import { SESSION_STORAGE } from './session-storage.token';
import { SessionStore } from './session.store';

const login: LoginResponse = {
  accessToken: 'token-abc',
  expiresIn: 900,
  idleTimeoutSeconds: 1800,
  user: {
    id: 'u-1',
    email: 'nav1@navdesk.test',
    name: 'Nia Navigator',
    role: 'navigator',
    serviceIds: ['s-1'],
  },
};

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: SessionStore;
  let reloads: string[];

  beforeEach(() => {
    reloads = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: RELOAD_PAGE, useValue: (url: string) => reloads.push(url) },
        provideHttpClient(withXhr(), withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
  });

  afterEach(() => {
    backend.verify();
    session.clear();
  });

  it('adds the bearer token to API calls', () => {
    session.start(login);
    http.get('/api/patients').subscribe();
    const req = backend.expectOne('/api/patients');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-abc');
    req.flush({ items: [], nextCursor: null });
  });

  it('never sends the token to other origins', () => {
    session.start(login);
    http.get('https://example.org/api/patients').subscribe();
    const req = backend.expectOne('https://example.org/api/patients');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({});
  });

  it('sends no Authorization header when signed out', () => {
    http.get('/api/health').subscribe();
    const req = backend.expectOne('/api/health');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({});
  });

  it('ends the session and goes to sign-in when the API answers 401', () => {
    session.start(login);
    const errors: number[] = [];
    http
      .get('/api/patients')
      .subscribe({ error: (e: { status: number }) => errors.push(e.status) });

    backend
      .expectOne('/api/patients')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Token revoked' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(errors).toEqual([401]);
    expect(session.isSignedIn()).toBe(false);
    expect(reloads).toEqual(['/sign-in?reason=session-ended']);
  });

  it('leaves a failed sign-in attempt to the sign-in page', () => {
    http
      .post('/api/auth/login', { email: 'a@b.c', password: 'wrong-password' })
      .subscribe({ error: () => undefined });
    backend
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Wrong' },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(reloads).toEqual([]);
  });

  it('keeps the session on other errors', () => {
    session.start(login);
    http.get('/api/users').subscribe({ error: () => undefined });
    backend
      .expectOne('/api/users')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'No' },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(session.isSignedIn()).toBe(true);
    expect(reloads).toEqual([]);
  });
});
