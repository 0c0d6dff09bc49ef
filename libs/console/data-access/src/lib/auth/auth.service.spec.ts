import { provideHttpClient, withXhr } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LoginResponse } from '@navdesk/contracts';
import { MemoryStorage } from '../testing/memory-storage';
import { LOGOUT_FETCH } from './auth.api';
import { AuthService } from './auth.service';
import { RELOAD_PAGE } from './page-reload.token';
import { LOCAL_STORAGE, SESSION_STORAGE } from './session-storage.token';
import { SESSION_STORAGE_KEY } from './session.constants';
import { SessionStore } from './session.store';

const login: LoginResponse = {
  accessToken: 'token-9',
  expiresIn: 900,
  idleTimeoutSeconds: 1800,
  user: {
    id: 'u-9',
    email: 'nav1@navdesk.test',
    name: 'Nia Navigator',
    role: 'navigator',
    serviceIds: ['s-1'],
  },
};

function setup() {
  const storage = new MemoryStorage();
  const local = new MemoryStorage();
  const reloads: string[] = [];
  const logoutFetch = jest.fn<Promise<Response>, [string, RequestInit]>(
    () => new Promise<Response>(() => undefined),
  );
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: storage },
      { provide: LOCAL_STORAGE, useValue: local },
      { provide: RELOAD_PAGE, useValue: (url: string) => reloads.push(url) },
      { provide: LOGOUT_FETCH, useValue: logoutFetch },
    ],
  });
  return {
    auth: TestBed.inject(AuthService),
    session: TestBed.inject(SessionStore),
    storage,
    local,
    reloads,
    logoutFetch,
  };
}

describe('AuthService.signOut', () => {
  it('tells the server in a request that outlives the page, and forgets everything without waiting for it', () => {
    const { auth, session, storage, local, reloads, logoutFetch } = setup();
    session.start(login);
    local.setItem('navdesk.recent', 'P-7QK2M9');

    // The server never answers: the console has still forgotten the session and left the page.
    auth.signOut();

    expect(logoutFetch).toHaveBeenCalledTimes(1);
    expect(logoutFetch).toHaveBeenCalledWith('/api/auth/logout', {
      method: 'POST',
      keepalive: true,
      headers: { Authorization: 'Bearer token-9' },
    });
    expect(session.isSignedIn()).toBe(false);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(local.length).toBe(0);
    expect(reloads).toEqual(['/sign-in']);
  });

  it('still clears and reloads when the server cannot be reached', async () => {
    const { auth, session, reloads, logoutFetch } = setup();
    logoutFetch.mockRejectedValue(new TypeError('Failed to fetch'));
    session.start(login);

    auth.signOut();
    await Promise.resolve();

    expect(session.isSignedIn()).toBe(false);
    expect(reloads).toEqual(['/sign-in']);
  });

  it('sends no request when nobody is signed in, and still shows a fresh sign-in page', () => {
    const { auth, reloads, logoutFetch } = setup();
    auth.signOut();
    expect(logoutFetch).not.toHaveBeenCalled();
    expect(reloads).toEqual(['/sign-in']);
  });
});
