import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LoginResponse, UserView } from '@navdesk/contracts';
import { MemoryStorage } from '../testing/memory-storage';
import { RELOAD_PAGE } from './page-reload.token';
import { LOCAL_STORAGE, SESSION_STORAGE } from './session-storage.token';
import { SESSION_STORAGE_KEY } from './session.constants';
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
  idleTimeoutSeconds: 1800,
  user: pwp,
};

function setup(storage: MemoryStorage = new MemoryStorage()): {
  store: SessionStore;
  storage: MemoryStorage;
  local: MemoryStorage;
  reloads: string[];
} {
  const local = new MemoryStorage();
  const reloads: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SESSION_STORAGE, useValue: storage },
      { provide: LOCAL_STORAGE, useValue: local },
      { provide: RELOAD_PAGE, useValue: (url: string) => reloads.push(url) },
    ],
  });
  return { store: TestBed.inject(SessionStore), storage, local, reloads };
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

  it('on sign-out forgets the session and every Navdesk key in both storages, then loads the sign-in page afresh', () => {
    const { store, storage, local, reloads } = setup();
    store.start(login);
    storage.setItem('navdesk.triage-filters', '{"q":"P-7QK2M9"}');
    local.setItem('navdesk.recent-patients', '["P-7QK2M9"]');
    storage.setItem('other-app', 'kept');
    local.setItem('other-app', 'kept');

    store.end('signed-out');

    expect(store.isSignedIn()).toBe(false);
    expect(store.token()).toBeNull();
    expect(store.user()).toBeNull();
    expect(keys(storage)).toEqual(['other-app']);
    expect(keys(local)).toEqual(['other-app']);
    expect(reloads).toEqual(['/sign-in']);
  });

  it('signs out by itself when expiresIn elapses, saying the session ended', () => {
    const { store, reloads } = setup();
    store.start(login);

    jest.advanceTimersByTime(899_000);
    expect(store.isSignedIn()).toBe(true);

    jest.advanceTimersByTime(1_000);
    expect(store.isSignedIn()).toBe(false);
    expect(reloads).toEqual(['/sign-in?reason=session-ended']);
  });

  it('offers the page the person was on as the return URL when the session is revoked', () => {
    const { store, storage, reloads } = setup();
    store.start(login);

    store.end('revoked', '/patients');

    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(reloads).toEqual([
      '/sign-in?reason=session-ended&returnUrl=%2Fpatients',
    ]);
  });

  it('never offers an address off this site as the return URL', () => {
    const { store, reloads } = setup();
    store.start(login);
    store.end('revoked', '//evil.example/patients');
    expect(reloads).toEqual(['/sign-in?reason=session-ended']);
  });

  it('updates the person without touching the token', () => {
    const { store } = setup();
    store.start(login);
    store.updateUser({ ...pwp, name: 'Priya P.' });
    expect(store.user()?.name).toBe('Priya P.');
    expect(store.token()).toBe('token-1');
  });
});

function keys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
}
