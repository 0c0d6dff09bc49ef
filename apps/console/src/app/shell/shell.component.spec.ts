import { provideHttpClient, withXhr } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  LiveEventsService,
  LOGOUT_FETCH,
  MemoryStorage,
  RELOAD_PAGE,
  SESSION_STORAGE,
  SessionStore,
  SSE_FETCH,
} from '@navdesk/console/data-access';
import { Role } from '@navdesk/contracts';
import { ShellComponent } from './shell.component';

let reloads: string[] = [];
let logoutFetch: jest.Mock;

async function renderAs(role: Role) {
  reloads = [];
  logoutFetch = jest.fn().mockResolvedValue(undefined);
  TestBed.configureTestingModule({
    providers: [
      { provide: RELOAD_PAGE, useValue: (url: string) => reloads.push(url) },
      { provide: LOGOUT_FETCH, useValue: logoutFetch },
      provideRouter([]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      // No live stream in unit tests: a fetch that never answers.
      {
        provide: SSE_FETCH,
        useValue: () => new Promise<never>(() => undefined),
      },
    ],
  });
  TestBed.inject(SessionStore).start({
    accessToken: 'token-1',
    expiresIn: 900,
    user: {
      id: 'u-1',
      email: `${role}@navdesk.test`,
      name: 'Sam Smith',
      role,
      serviceIds: [],
    },
  });
  const fixture = TestBed.createComponent(ShellComponent);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const navLabels = () =>
    [...host.querySelectorAll('nav[aria-label="Main"] a')].map((a) =>
      a.textContent?.trim(),
    );
  return { fixture, host, navLabels };
}

describe('ShellComponent', () => {
  afterEach(() => TestBed.inject(SessionStore).clear());

  it.each<[Role, string[]]>([
    [
      'pwp',
      [
        'Home',
        'Raise an issue',
        'My issues',
        'Caseload',
        'Training',
        'Tailoring',
        'Knowledge base',
      ],
    ],
    [
      'navigator',
      [
        'Home',
        'Triage',
        'Resets',
        'Flags',
        'Tailoring',
        'Incidents',
        'Caseload',
        'Training',
        'Reports',
        'Knowledge base',
        'Raise an issue',
      ],
    ],
    ['manager', ['Home', 'Reports', 'Incidents', 'Knowledge base']],
    ['admin', ['Home', 'Admin', 'Knowledge base']],
  ])('shows a %s only their areas', async (role, expected) => {
    const { navLabels } = await renderAs(role);
    expect(navLabels()).toEqual(expected);
  });

  it('says who is signed in and offers a skip link first', async () => {
    const { host } = await renderAs('navigator');
    expect(
      host.querySelector('[data-testid="signed-in-user"]')?.textContent,
    ).toContain('Sam Smith');
    expect(
      host.querySelector('[data-testid="signed-in-user"]')?.textContent,
    ).toContain('Digital navigator');
    expect(host.querySelector('a')?.textContent).toBe('Skip to main content');
  });

  it('signs out through the API, forgets the session and loads the sign-in page afresh', async () => {
    const { host, fixture } = await renderAs('pwp');
    const signOut = [...host.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Sign out',
    );
    signOut?.click();
    await fixture.whenStable();

    expect(logoutFetch).toHaveBeenCalledWith(
      '/api/auth/logout',
      expect.objectContaining({
        method: 'POST',
        keepalive: true,
        headers: { Authorization: 'Bearer token-1' },
      }),
    );
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(reloads).toEqual(['/sign-in']);
    expect(signOut?.disabled).toBe(true);
  });

  it('offers a reload when live updates were missed, and reloads the page it is on', async () => {
    const { fixture } = await renderAs('navigator');
    TestBed.inject(LiveEventsService).missed.set(1);
    await fixture.whenStable();
    const bar = document.querySelector('mat-snack-bar-container');
    expect(bar?.textContent).toContain('Some live updates were missed');
    (bar?.querySelector('button') as HTMLButtonElement).click();
    expect(reloads).toEqual(['/']);
  });
});
