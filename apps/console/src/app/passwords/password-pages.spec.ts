import { provideHttpClient, withInterceptors, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter } from '@angular/router';
import {
  authInterceptor,
  MemoryStorage,
  SESSION_STORAGE,
} from '@navdesk/console/data-access';
import { ApiError } from '@navdesk/contracts';
import {
  ChangePasswordPageComponent,
  PASSWORD_CHANGED_MESSAGE,
} from './change-password-page.component';
import {
  ForgotPasswordPageComponent,
  RESET_LINK_SENT_MESSAGE,
} from './forgot-password-page.component';
import {
  RESET_LINK_INVALID_MESSAGE,
  ResetPasswordPageComponent,
  tokenFromFragment,
} from './reset-password-page.component';

async function render<T>(component: Type<T>, fragment: string | null = null) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr(), withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: ActivatedRoute, useValue: { snapshot: { fragment } } },
    ],
  });
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const field = (label: string) =>
    [...host.querySelectorAll('mat-form-field')].find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
  const type = (label: string, value: string) => {
    const element = field(label)?.querySelector('input');
    if (!element) throw new Error(`No field labelled ${label}`);
    element.value = value;
    element.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const text = () => host.textContent?.replace(/\s+/g, ' ') ?? '';
  return {
    fixture,
    host,
    field,
    type,
    submit,
    settle,
    text,
    backend: TestBed.inject(HttpTestingController),
  };
}

const badRequest = (field: string, message: string): ApiError => ({
  statusCode: 400,
  error: 'Bad Request',
  message: `Invalid ${field}`,
  details: [{ field, message }],
});

describe('ForgotPasswordPageComponent', () => {
  it('asks for the address and says the same thing whatever the answer', async () => {
    const page = await render(ForgotPasswordPageComponent);
    page.type('E-mail', ' someone@navdesk.test ');
    await page.submit();
    const req = page.backend.expectOne('/api/auth/forgot-password');
    expect(req.request.body).toEqual({ email: 'someone@navdesk.test' });
    req.flush({ message: 'accepted' }, { status: 202, statusText: 'Accepted' });
    await page.settle();
    expect(page.text()).toContain(RESET_LINK_SENT_MESSAGE);
    expect(page.field('E-mail')).toBeUndefined();
  });

  it('says when there have been too many requests', async () => {
    const page = await render(ForgotPasswordPageComponent);
    page.type('E-mail', 'someone@navdesk.test');
    await page.submit();
    page.backend
      .expectOne('/api/auth/forgot-password')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'x' },
        {
          status: 429,
          statusText: 'Too Many Requests',
          headers: { 'Retry-After': '600' },
        },
      );
    await page.settle();
    expect(page.text()).toContain(
      'Too many requests — try again in 10 minutes',
    );
    expect(page.text()).not.toContain(RESET_LINK_SENT_MESSAGE);
  });

  it('sends nothing for an address that is not one', async () => {
    const page = await render(ForgotPasswordPageComponent);
    page.type('E-mail', 'not-an-address');
    await page.submit();
    page.backend.expectNone('/api/auth/forgot-password');
  });
});

describe('ResetPasswordPageComponent', () => {
  it('reads the token from the fragment only', () => {
    expect(tokenFromFragment('token=ndr_abc-123')).toBe('ndr_abc-123');
    expect(tokenFromFragment(null)).toBeNull();
    expect(tokenFromFragment('other=1')).toBeNull();
  });

  it('sets the new password with the link’s token, then sends the person to sign in', async () => {
    const page = await render(ResetPasswordPageComponent, 'token=ndr_abc');
    page.type('New password', 'a new long phrase');
    await page.submit();
    const req = page.backend.expectOne('/api/auth/reset-password');
    expect(req.request.body).toEqual({
      token: 'ndr_abc',
      password: 'a new long phrase',
    });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    expect(page.text()).toContain('Your new password is set');
    expect(
      page.host.querySelector('a[href="/sign-in"]')?.textContent?.trim(),
    ).toBe('Sign in');
  });

  it('checks the length before asking the server', async () => {
    const page = await render(ResetPasswordPageComponent, 'token=ndr_abc');
    page.type('New password', 'short');
    await page.submit();
    page.backend.expectNone('/api/auth/reset-password');
    expect(page.text()).toContain('Use at least 12 characters');
  });

  it('shows the server’s word on a common password against the field', async () => {
    const page = await render(ResetPasswordPageComponent, 'token=ndr_abc');
    page.type('New password', 'password1234');
    await page.submit();
    page.backend
      .expectOne('/api/auth/reset-password')
      .flush(
        badRequest(
          'password',
          'password is too common; choose a longer phrase of unrelated words',
        ),
        { status: 400, statusText: 'Bad Request' },
      );
    await page.settle();
    expect(page.field('New password')?.textContent).toContain(
      'password is too common',
    );
  });

  it('offers a new link when the token is used or expired, or missing', async () => {
    const page = await render(ResetPasswordPageComponent, 'token=ndr_old');
    page.type('New password', 'a new long phrase');
    await page.submit();
    page.backend
      .expectOne('/api/auth/reset-password')
      .flush(badRequest('token', 'token is not valid'), {
        status: 400,
        statusText: 'Bad Request',
      });
    await page.settle();
    expect(page.text()).toContain(RESET_LINK_INVALID_MESSAGE);
    expect(
      page.host.querySelector('a[href="/forgot-password"]'),
    ).not.toBeNull();

    TestBed.resetTestingModule();
    const bare = await render(ResetPasswordPageComponent, null);
    expect(bare.text()).toContain(RESET_LINK_INVALID_MESSAGE);
    expect(bare.field('New password')).toBeUndefined();
  });
});

describe('ChangePasswordPageComponent', () => {
  it('sends the current and the new password, then says the other sessions ended', async () => {
    const page = await render(ChangePasswordPageComponent);
    page.type('Current password', 'navdesk-demo');
    page.type('New password', 'a new long phrase');
    await page.submit();
    const req = page.backend.expectOne('/api/auth/change-password');
    expect(req.request.body).toEqual({
      currentPassword: 'navdesk-demo',
      newPassword: 'a new long phrase',
    });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    expect(page.text()).toContain(PASSWORD_CHANGED_MESSAGE);
  });

  it('puts a wrong current password against its field', async () => {
    const page = await render(ChangePasswordPageComponent);
    page.type('Current password', 'not-it');
    page.type('New password', 'a new long phrase');
    await page.submit();
    page.backend
      .expectOne('/api/auth/change-password')
      .flush(
        badRequest(
          'currentPassword',
          'currentPassword is not your current password',
        ),
        { status: 400, statusText: 'Bad Request' },
      );
    await page.settle();
    expect(page.field('Current password')?.textContent).toContain(
      'is not your current password',
    );
    expect(page.text()).not.toContain(PASSWORD_CHANGED_MESSAGE);
  });
});
