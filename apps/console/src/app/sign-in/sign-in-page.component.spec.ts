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
import { provideRouter, Router } from '@angular/router';
import {
  authInterceptor,
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { ApiError, LoginResponse } from '@navdesk/contracts';
import { SignInPageComponent } from './sign-in-page.component';

async function render(inputs: { reason?: string; returnUrl?: string } = {}) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr(), withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
    ],
  });
  const fixture = TestBed.createComponent(SignInPageComponent);
  if (inputs.reason) fixture.componentRef.setInput('reason', inputs.reason);
  if (inputs.returnUrl)
    fixture.componentRef.setInput('returnUrl', inputs.returnUrl);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const input = (label: string): HTMLInputElement => {
    const field = [...host.querySelectorAll('mat-form-field')].find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const element = field?.querySelector('input');
    if (!element) throw new Error(`No field labelled ${label}`);
    return element;
  };
  const type = (label: string, value: string) => {
    const element = input(label);
    element.value = value;
    element.dispatchEvent(new Event('input'));
  };
  const submitButton = () =>
    host.querySelector<HTMLButtonElement>(
      'button[type="submit"]',
    ) as HTMLButtonElement;
  const liveRegion = () =>
    host.querySelector('[aria-live]')?.textContent?.trim() ?? '';
  const pressEnter = async () => {
    input('Password').form?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return {
    fixture,
    host,
    type,
    input,
    submitButton,
    liveRegion,
    pressEnter,
    backend: TestBed.inject(HttpTestingController),
  };
}

const unauthorized: ApiError = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Invalid credentials',
};

describe('SignInPageComponent', () => {
  afterEach(() => TestBed.inject(SessionStore).clear());

  it('has labelled e-mail and password fields', async () => {
    const { input } = await render();
    expect(input('E-mail').type).toBe('email');
    expect(input('Password').type).toBe('password');
    expect(input('E-mail').id).toBeTruthy();
    expect(input('E-mail').labels?.[0]?.textContent).toContain('E-mail');
  });

  it('disables the button while signing in, then shows a 401 in the live region', async () => {
    const { type, pressEnter, submitButton, backend, fixture, liveRegion } =
      await render();
    type('E-mail', 'pwp01@navdesk.test');
    type('Password', 'wrong-password');
    await pressEnter();

    const req = backend.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({
      email: 'pwp01@navdesk.test',
      password: 'wrong-password',
    });
    expect(submitButton().disabled).toBe(true);
    expect(submitButton().textContent).toContain('Signing in…');

    req.flush(unauthorized, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(liveRegion()).toBe(
      'The e-mail or password is not right. Check them and try again.',
    );
    expect(submitButton().disabled).toBe(false);
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
  });

  it('shows how long to wait when the account is locked (429 with Retry-After)', async () => {
    const { type, pressEnter, backend, fixture, liveRegion } = await render();
    type('E-mail', 'pwp01@navdesk.test');
    type('Password', 'wrong-password');
    await pressEnter();

    const body: ApiError = {
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Account locked',
    };
    backend.expectOne('/api/auth/login').flush(body, {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'Retry-After': '840' },
    });
    await fixture.whenStable();

    expect(liveRegion()).toBe('Too many attempts — try again in 14 minutes');
  });

  it('offers a way back in for a forgotten password', async () => {
    const { host } = await render();
    const link = host.querySelector<HTMLAnchorElement>(
      'a[href="/forgot-password"]',
    );
    expect(link?.textContent?.trim()).toBe('Forgot your password?');
  });

  it('does not call the API with empty fields', async () => {
    const { pressEnter, backend, host } = await render();
    await pressEnter();
    backend.expectNone('/api/auth/login');
    expect(host.textContent).toContain('Enter your e-mail address');
    expect(host.textContent).toContain('Enter your password');
  });

  it('says the session ended, then returns to the page after signing in', async () => {
    const { type, pressEnter, backend, fixture, liveRegion } = await render({
      reason: 'session-ended',
      returnUrl: '/patients',
    });
    expect(liveRegion()).toBe('Your session has ended — please sign in again');
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);

    type('E-mail', 'pwp01@navdesk.test');
    type('Password', 'navdesk-demo');
    await pressEnter();
    const ok: LoginResponse = {
      accessToken: 'token',
      expiresIn: 900,
      idleTimeoutSeconds: 1800,
      user: {
        id: 'u-1',
        email: 'pwp01@navdesk.test',
        name: 'Pat',
        role: 'pwp',
        serviceIds: ['s-1'],
      },
    };
    backend.expectOne('/api/auth/login').flush(ok);
    await fixture.whenStable();

    expect(TestBed.inject(SessionStore).user()?.name).toBe('Pat');
    expect(navigate).toHaveBeenCalledWith('/patients');
  });

  it('refuses to return to another site after signing in', async () => {
    const { type, pressEnter, backend, fixture } = await render({
      returnUrl: '//evil.example',
    });
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
    type('E-mail', 'pwp01@navdesk.test');
    type('Password', 'navdesk-demo');
    await pressEnter();
    const ok: LoginResponse = {
      accessToken: 't',
      expiresIn: 900,
      idleTimeoutSeconds: 1800,
      user: { id: 'u', email: 'e@x.y', name: 'E', role: 'pwp', serviceIds: [] },
    };
    backend.expectOne('/api/auth/login').flush(ok);
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('offers "Sign in with your organisation account" only when single sign-on is configured', async () => {
    const on = await render();
    on.backend
      .expectOne('/api/auth/options')
      .flush({ sso: true, localPasswords: 'enabled' });
    await on.fixture.whenStable();
    const link = on.host.querySelector<HTMLAnchorElement>('a.sso');
    expect(link?.textContent?.trim()).toBe(
      'Sign in with your organisation account',
    );
    expect(link?.getAttribute('href')).toBe('/api/auth/oidc/login');
    TestBed.resetTestingModule();

    const off = await render();
    off.backend
      .expectOne('/api/auth/options')
      .flush({ sso: false, localPasswords: 'enabled' });
    await off.fixture.whenStable();
    expect(off.host.querySelector('a.sso')).toBeNull();
  });

  it('says why single sign-on sent the person back', async () => {
    const { liveRegion } = await render({ reason: 'sso-unknown' });
    expect(liveRegion()).toContain(
      'Your organisation account is not linked to a Navdesk account yet',
    );
  });
});
