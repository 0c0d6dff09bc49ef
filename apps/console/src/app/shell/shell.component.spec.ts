import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
  SSE_FETCH,
} from '@navdesk/console/data-access';
import { Role } from '@navdesk/contracts';
import { ShellComponent } from './shell.component';

async function renderAs(role: Role) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
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

  it('signs out through the API, forgets the session and goes to sign-in', async () => {
    const { host, fixture } = await renderAs('pwp');
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
    const signOut = [...host.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Sign out',
    );
    signOut?.click();
    await fixture.whenStable();

    const req = TestBed.inject(HttpTestingController).expectOne(
      '/api/auth/logout',
    );
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith('/sign-in');
  });
});
