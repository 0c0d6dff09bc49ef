import {
  provideHttpClient,
  withInterceptors,
  withXhr,
} from '@angular/common/http';
import { HttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BACKGROUND_REQUEST_HEADER, LoginResponse } from '@navdesk/contracts';
import { MemoryStorage } from '../testing/memory-storage';
import { authInterceptor } from './auth.interceptor';
import {
  IDLE_SAFETY_MS,
  IDLE_WARNING_MS,
  IdleTracker,
  KEEP_ALIVE_MS,
} from './idle-tracker';
import { RELOAD_PAGE } from './page-reload.token';
import { LOCAL_STORAGE, SESSION_STORAGE } from './session-storage.token';
import { SessionStore } from './session.store';

const IDLE_SECONDS = 10 * 60;
/** When the console ends the session: the server's limit less the safety margin. */
const LIMIT_MS = IDLE_SECONDS * 1000 - IDLE_SAFETY_MS;

const login: LoginResponse = {
  accessToken: 'token-1',
  expiresIn: 8 * 3600,
  idleTimeoutSeconds: IDLE_SECONDS,
  user: {
    id: 'u-1',
    email: 'pwp01@navdesk.test',
    name: 'Priya Patel',
    role: 'pwp',
    serviceIds: ['s-1'],
  },
};

function setup() {
  const reloads: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr(), withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: LOCAL_STORAGE, useValue: new MemoryStorage() },
      { provide: RELOAD_PAGE, useValue: (url: string) => reloads.push(url) },
    ],
  });
  TestBed.inject(SessionStore).start(login);
  const tracker = TestBed.inject(IdleTracker);
  tracker.start();
  return {
    tracker,
    reloads,
    http: TestBed.inject(HttpClient),
    backend: TestBed.inject(HttpTestingController),
  };
}

describe('IdleTracker', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('warns a minute before the limit, counts down, then ends the session', () => {
    const { tracker, reloads } = setup();
    jest.advanceTimersByTime(LIMIT_MS - IDLE_WARNING_MS - 1);
    expect(tracker.secondsLeft()).toBeNull();
    jest.advanceTimersByTime(1);
    expect(tracker.secondsLeft()).toBe(60);
    jest.advanceTimersByTime(30_000);
    expect(tracker.secondsLeft()).toBe(30);
    expect(reloads).toEqual([]);
    jest.advanceTimersByTime(30_000);
    expect(reloads).toEqual(['/sign-in?reason=session-ended']);
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
  });

  it('"Stay signed in" tells the server and starts the count again', () => {
    const { tracker, reloads, backend } = setup();
    jest.advanceTimersByTime(LIMIT_MS - 10_000);
    expect(tracker.secondsLeft()).toBe(10);
    tracker.stay();
    const me = backend.expectOne('/api/auth/me');
    expect(me.request.headers.has(BACKGROUND_REQUEST_HEADER)).toBe(false);
    me.flush({ ...login.user, idleTimeoutSeconds: IDLE_SECONDS });
    expect(tracker.secondsLeft()).toBeNull();
    jest.advanceTimersByTime(LIMIT_MS - IDLE_WARNING_MS - 1);
    expect(tracker.secondsLeft()).toBeNull();
    expect(reloads).toEqual([]);
  });

  it('counts the person’s own API calls but not background polls', () => {
    const { tracker, http, backend } = setup();
    jest.advanceTimersByTime(LIMIT_MS - IDLE_WARNING_MS - 1000);
    http
      .get('/api/notifications/summary', {
        headers: { [BACKGROUND_REQUEST_HEADER]: '1' },
      })
      .subscribe();
    backend.expectOne('/api/notifications/summary').flush({ unread: 0 });
    jest.advanceTimersByTime(1000);
    expect(tracker.secondsLeft()).toBe(60);

    http.get('/api/tickets').subscribe();
    backend.expectOne('/api/tickets').flush({ items: [] });
    expect(tracker.secondsLeft()).toBeNull();
  });

  it('counts clicks and keys, and keeps the server in step at most every 20 s', () => {
    const { tracker, backend } = setup();
    jest.advanceTimersByTime(KEEP_ALIVE_MS - 1);
    tracker.activity();
    backend.expectNone('/api/auth/me');
    jest.advanceTimersByTime(1);
    tracker.activity();
    backend
      .expectOne('/api/auth/me')
      .flush({ ...login.user, idleTimeoutSeconds: IDLE_SECONDS });
    tracker.activity();
    backend.expectNone('/api/auth/me');
    jest.advanceTimersByTime(LIMIT_MS - IDLE_WARNING_MS - 1);
    expect(tracker.secondsLeft()).toBeNull();
  });

  it('does not let a stray click dismiss the warning: only "Stay signed in" does', () => {
    const { tracker, backend } = setup();
    jest.advanceTimersByTime(LIMIT_MS - 30_000);
    tracker.activity();
    backend.expectNone('/api/auth/me');
    expect(tracker.secondsLeft()).toBe(30);
  });
});
