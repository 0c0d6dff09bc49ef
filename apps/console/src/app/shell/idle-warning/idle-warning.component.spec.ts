import {
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
import {
  authInterceptor,
  IDLE_SAFETY_MS,
  IDLE_WARNING_MS,
  LOCAL_STORAGE,
  MemoryStorage,
  RELOAD_PAGE,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { LoginResponse } from '@navdesk/contracts';
import { IdleWarningComponent } from './idle-warning.component';

const login: LoginResponse = {
  accessToken: 'token-1',
  expiresIn: 8 * 3600,
  idleTimeoutSeconds: 5 * 60,
  user: {
    id: 'u-1',
    email: 'nav1@navdesk.test',
    name: 'Nia Navigator',
    role: 'navigator',
    serviceIds: ['s-1'],
  },
};
const WARN_AFTER_MS = 5 * 60_000 - IDLE_SAFETY_MS - IDLE_WARNING_MS;

function render() {
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
  const fixture = TestBed.createComponent(IdleWarningComponent);
  fixture.detectChanges();
  const host = fixture.nativeElement as HTMLElement;
  const warning = () => {
    fixture.detectChanges();
    return host.querySelector('[role="alertdialog"]');
  };
  return {
    fixture,
    host,
    warning,
    reloads,
    backend: TestBed.inject(HttpTestingController),
  };
}

describe('IdleWarningComponent', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('says a minute before that the person will be signed out, and lets them stay', () => {
    const { warning, backend, reloads } = render();
    jest.advanceTimersByTime(WARN_AFTER_MS - 1);
    expect(warning()).toBeNull();
    jest.advanceTimersByTime(1);
    expect(warning()?.textContent).toContain(
      "You'll be signed out in 60 s because you've been inactive",
    );
    jest.advanceTimersByTime(15_000);
    expect(warning()?.textContent).toContain('in 45 s');

    const stay = warning()?.querySelector('button');
    expect(stay?.textContent?.trim()).toBe('Stay signed in');
    stay?.click();
    backend
      .expectOne('/api/auth/me')
      .flush({ ...login.user, idleTimeoutSeconds: 300 });
    expect(warning()).toBeNull();
    expect(reloads).toEqual([]);
  });

  it('counts key presses as activity', () => {
    const { warning } = render();
    jest.advanceTimersByTime(WARN_AFTER_MS - 1000);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    TestBed.inject(HttpTestingController)
      .match('/api/auth/me')
      .forEach((r) => r.flush({ ...login.user, idleTimeoutSeconds: 300 }));
    jest.advanceTimersByTime(1000);
    expect(warning()).toBeNull();
  });

  it('signs the person out when the minute runs out', () => {
    const { warning, reloads } = render();
    jest.advanceTimersByTime(WARN_AFTER_MS + IDLE_WARNING_MS);
    expect(reloads).toEqual(['/sign-in?reason=session-ended']);
    expect(warning()).toBeNull();
  });
});
