import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LoginResponse, Role } from '@navdesk/contracts';
import { MemoryStorage } from '../testing/memory-storage';
import { roleGuard, signedInGuard } from './auth.guards';
import { SESSION_STORAGE } from './session-storage.token';
import { SessionStore } from './session.store';

@Component({ template: '<h1>Admin area</h1>' })
class AdminStub {}

@Component({ template: '<h1>Not allowed</h1>' })
class NotAllowedStub {}

@Component({ template: '<h1>Sign in</h1>' })
class SignInStub {}

@Component({ template: '<h1>Home</h1>' })
class HomeStub {}

function loginAs(role: Role): LoginResponse {
  return {
    accessToken: `token-${role}`,
    expiresIn: 900,
    idleTimeoutSeconds: 1800,
    user: {
      id: `u-${role}`,
      email: `${role}@navdesk.test`,
      name: role,
      role,
      serviceIds: [],
    },
  };
}

describe('route guards', () => {
  let harness: RouterTestingHarness;
  let session: SessionStore;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
        provideRouter([
          { path: 'sign-in', component: SignInStub },
          { path: 'not-allowed', component: NotAllowedStub },
          { path: '', canActivate: [signedInGuard], component: HomeStub },
          {
            path: 'admin',
            canMatch: [roleGuard(['admin'])],
            component: AdminStub,
          },
        ]),
      ],
    });
    harness = await RouterTestingHarness.create();
    session = TestBed.inject(SessionStore);
    router = TestBed.inject(Router);
  });

  afterEach(() => session.clear());

  it('lets an admin into the admin area', async () => {
    session.start(loginAs('admin'));
    await harness.navigateByUrl('/admin');
    expect(harness.routeNativeElement?.textContent).toContain('Admin area');
    expect(router.url).toBe('/admin');
  });

  it('shows a PWP the not-allowed page while keeping the URL they typed', async () => {
    session.start(loginAs('pwp'));
    await harness.navigateByUrl('/admin');
    expect(harness.routeNativeElement?.textContent).toContain('Not allowed');
    expect(TestBed.inject(Router).url).toBe('/not-allowed');
    expect(window.location.pathname).not.toBe('/not-allowed');
  });

  it('sends someone who is not signed in to sign-in, with a return URL', async () => {
    await harness.navigateByUrl('/admin');
    expect(harness.routeNativeElement?.textContent).toContain('Sign in');
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin');
  });

  it('signedInGuard lets a signed-in person in and turns others away', async () => {
    await harness.navigateByUrl('/');
    expect(harness.routeNativeElement?.textContent).toContain('Sign in');

    session.start(loginAs('manager'));
    await harness.navigateByUrl('/');
    expect(harness.routeNativeElement?.textContent).toContain('Home');
  });
});
