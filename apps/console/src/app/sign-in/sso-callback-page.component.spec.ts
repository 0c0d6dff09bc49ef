import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter, Router } from '@angular/router';
import {
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { LoginResponse } from '@navdesk/contracts';
import { SsoCallbackPageComponent } from './sso-callback-page.component';

async function render(fragment: string | null) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: ActivatedRoute, useValue: { snapshot: { fragment } } },
    ],
  });
  const router = TestBed.inject(Router);
  const navigateByUrl = jest
    .spyOn(router, 'navigateByUrl')
    .mockResolvedValue(true);
  const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(SsoCallbackPageComponent);
  await fixture.whenStable();
  return {
    fixture,
    navigate,
    navigateByUrl,
    backend: TestBed.inject(HttpTestingController),
  };
}

const answer: LoginResponse = {
  accessToken: 'nds_token',
  expiresIn: 900,
  idleTimeoutSeconds: 1800,
  user: {
    id: 'u',
    email: 'nav1@navdesk.test',
    name: 'N',
    role: 'navigator',
    serviceIds: [],
  },
};

describe('SsoCallbackPageComponent', () => {
  afterEach(() => TestBed.inject(SessionStore).clear());

  it('exchanges the code from the fragment and starts the session as a password sign-in does', async () => {
    const { backend, fixture, navigateByUrl } = await render(
      'code=one-time-code-0123456789',
    );
    const req = backend.expectOne('/api/auth/oidc/exchange');
    expect(req.request.body).toEqual({ code: 'one-time-code-0123456789' });
    req.flush(answer);
    await fixture.whenStable();
    expect(TestBed.inject(SessionStore).token()).toBe('nds_token');
    expect(navigateByUrl).toHaveBeenCalledWith('/', { replaceUrl: true });
  });

  it('goes back to sign-in with a reason when the code is missing or refused', async () => {
    const missing = await render(null);
    expect(missing.navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { reason: 'sso-failed' },
      replaceUrl: true,
    });
    TestBed.resetTestingModule();

    const refused = await render('code=used-code-0123456789');
    refused.backend
      .expectOne('/api/auth/oidc/exchange')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'used' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await refused.fixture.whenStable();
    expect(refused.navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { reason: 'sso-failed' },
      replaceUrl: true,
    });
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
  });
});
