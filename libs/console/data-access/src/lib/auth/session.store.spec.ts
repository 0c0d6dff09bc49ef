import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { LoginResponse, UserView } from '@navdesk/contracts';
import { MemoryStorage } from '../testing/memory-storage';
import { SESSION_ENDED_REASON, SESSION_STORAGE_KEY } from './session.constants';
import { SESSION_STORAGE } from './session-storage.token';
import { SessionStore, StoredSession } from './session.store';

const pwp: UserView = {
  id: 'u-1',
  email: 'pwp01@navdesk.test',
  name: 'Priya Patel',
  role: 'pwp',
  serviceIds: ['s-1'],
};
const login: LoginResponse = {
  accessToken: 'token-1',
  expiresIn: 900,
  user: pwp,
};

function setup(storage: MemoryStorage = new MemoryStorage()): {
  store: SessionStore;
  storage: MemoryStorage;
  router: Router;
} {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SESSION_STORAGE, useValue: storage },
    ],
  });
  const router = TestBed.inject(Router);
  jest.spyOn(router, 'navigate').mockResolvedValue(true);
  jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
  return { store: TestBed.inject(SessionStore), storage, router };
}

describe('SessionStore', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('starts signed out', () => {
    const { store } = setup();
    expect(store.isSignedIn()).toBe(false);
    expect(store.user()).toBeNull();
    expect(store.token()).toBeNull();
    expect(store.hasRole('pwp')).toBe(false);
  });

  it('keeps the session in signals and in sessionStorage after sign-in', () => {
    const { store, storage } = setup();
    store.start(login);

    expect(store.isSignedIn()).toBe(true);
    expect(store.user()?.name).toBe('Priya Patel');
    expect(store.token()).toBe('token-1');
    expect(store.isPwp()).toBe(true);
    expect(store.hasRole('pwp', 'navigator')).toBe(true);
    expect(store.hasRole('admin')).toBe(false);
    const saved = JSON.parse(
      storage.getItem(SESSION_STORAGE_KEY) ?? '{}',
    ) as StoredSession;
    expect(saved.accessToken).toBe('token-1');
    expect(saved.expiresAt).toBe(Date.parse('2026-03-02T09:15:00Z'));
  });

  it('restores an unexpired session after a reload', () => {
    const storage = new MemoryStorage();
    const saved: StoredSession = {
      accessToken: 'token-2',
      expiresAt: Date.now() + 60_000,
      user: pwp,
    };
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(saved));

    const { store } = setup(storage);

    expect(store.isSignedIn()).toBe(true);
    expect(store.token()).toBe('token-2');
  });

  it('drops an expired or corrupt stored session', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'old',
        expiresAt: Date.now() - 1,
        user: pwp,
      }),
    );
    expect(setup(storage).store.isSignedIn()).toBe(false);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    TestBed.resetTestingModule();
    storage.setItem(SESSION_STORAGE_KEY, '{"accessToken": 42');
    expect(setup(storage).store.isSignedIn()).toBe(false);
  });

  it('clears the session and storage on sign-out and goes to sign-in without a message', async () => {
    const { store, storage, router } = setup();
    store.start(login);

    await store.end('signed-out');

    expect(store.isSignedIn()).toBe(false);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/sign-in');
  });

  it('signs out by itself when expiresIn elapses, saying the session ended', () => {
    const { store, router } = setup();
    store.start(login);

    jest.advanceTimersByTime(899_000);
    expect(store.isSignedIn()).toBe(true);

    jest.advanceTimersByTime(1_000);
    expect(store.isSignedIn()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { reason: SESSION_ENDED_REASON },
    });
  });

  it('offers the page the person was on as the return URL when the session is revoked', async () => {
    const { store, router } = setup();
    store.start(login);

    await store.end('revoked', '/patients');

    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { reason: SESSION_ENDED_REASON, returnUrl: '/patients' },
    });
  });

  it('updates the person without touching the token', () => {
    const { store } = setup();
    store.start(login);
    store.updateUser({ ...pwp, name: 'Priya P.' });
    expect(store.user()?.name).toBe('Priya P.');
    expect(store.token()).toBe('token-1');
  });
});
