import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TextDecoder as NodeTextDecoder, TextEncoder } from 'node:util';
import {
  LIVE_EVENT_TYPES,
  type LiveEventType,
  type LoginResponse,
} from '@navdesk/contracts';
import { RELOAD_PAGE } from '../auth/page-reload.token';
import { SESSION_STORAGE } from '../auth/session-storage.token';
import { SessionStore } from '../auth/session.store';
import { MemoryStorage } from '../testing/memory-storage';
import type { SseFetch, SseResponse } from './live-event-stream';
import {
  LIVE_EVENTS_URL,
  LiveEventsService,
  SSE_FETCH,
} from './live-events.service';

if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

const login: LoginResponse = {
  accessToken: 'tok-1',
  expiresIn: 900,
  idleTimeoutSeconds: 1800,
  user: {
    id: 'u-1',
    email: 'a@b.c',
    name: 'A',
    role: 'navigator',
    serviceIds: ['s-1'],
  },
};

/** A stream body that yields `text` once and then stays open. */
function openBody(text: string): SseResponse['body'] {
  let sent = false;
  return {
    getReader: () => ({
      read: () => {
        if (sent) return new Promise(() => undefined);
        sent = true;
        return Promise.resolve({
          done: false,
          value: new TextEncoder().encode(text),
        });
      },
      cancel: async () => undefined,
    }),
  };
}

function setUp(fetch: SseFetch) {
  const reloads: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: SSE_FETCH, useValue: fetch },
      { provide: RELOAD_PAGE, useValue: (url: string) => reloads.push(url) },
    ],
  });
  const session = TestBed.inject(SessionStore);
  session.start(login);
  return { reloads, session, service: TestBed.inject(LiveEventsService) };
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('LiveEventsService', () => {
  it('connects with the session’s token and closes the stream on sign-out', () => {
    const calls: { url: string; token: string; signal: AbortSignal }[] = [];
    const fetch: SseFetch = (url, init) => {
      calls.push({
        url,
        token: init.headers['Authorization'],
        signal: init.signal,
      });
      return new Promise(() => undefined);
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
        { provide: SSE_FETCH, useValue: fetch },
      ],
    });
    const session = TestBed.inject(SessionStore);
    session.start({
      accessToken: 'tok-1',
      expiresIn: 900,
      idleTimeoutSeconds: 1800,
      user: {
        id: 'u-1',
        email: 'a@b.c',
        name: 'A',
        role: 'navigator',
        serviceIds: [],
      },
    });
    const service = TestBed.inject(LiveEventsService);
    const sub = service.events$.subscribe();
    TestBed.tick();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      url: LIVE_EVENTS_URL,
      token: 'Bearer tok-1',
    });

    session.clear();
    TestBed.tick();
    expect(calls[0].signal.aborted).toBe(true);
    expect(calls).toHaveLength(1);
    sub.unsubscribe();
  });

  it('delivers every event type on the contract’s list to its subscribers', async () => {
    const sse = LIVE_EVENT_TYPES.map(
      (type) =>
        `data: ${JSON.stringify({ type, id: `id-${type}`, serviceId: 's-1', at: 'x' })}\n\n`,
    ).join('');
    const { service, session } = setUp(() =>
      Promise.resolve({ ok: true, status: 200, body: openBody(sse) }),
    );
    const heard: Partial<Record<LiveEventType, string[]>> = {};
    const subs = LIVE_EVENT_TYPES.map((type) =>
      service
        .ofType(type)
        .subscribe((e) => (heard[type] = [...(heard[type] ?? []), e.id])),
    );
    TestBed.tick();
    await flush();
    for (const type of LIVE_EVENT_TYPES) {
      expect({ type, ids: heard[type] }).toEqual({ type, ids: [`id-${type}`] });
    }
    subs.forEach((sub) => sub.unsubscribe());
    session.clear();
  });

  it('ends the session and goes to sign-in when the stream is refused (401), without retrying', async () => {
    let calls = 0;
    const { service, session, reloads } = setUp(() => {
      calls += 1;
      return Promise.resolve({ ok: false, status: 401, body: null });
    });
    const sub = service.events$.subscribe();
    TestBed.tick();
    await flush();
    expect(session.isSignedIn()).toBe(false);
    expect(reloads).toEqual(['/sign-in?reason=session-ended']);
    TestBed.tick();
    await flush();
    expect(calls).toBe(1);
    expect(service.connected()).toBe(false);
    sub.unsubscribe();
  });

  it('keeps a newer session when an older token’s stream is refused', async () => {
    const { service, session, reloads } = setUp(() =>
      Promise.resolve({ ok: false, status: 401, body: null }),
    );
    const sub = service.events$.subscribe();
    TestBed.tick();
    session.start({ ...login, accessToken: 'tok-2' });
    await flush();
    expect(session.token()).toBe('tok-2');
    expect(reloads).toEqual([]);
    sub.unsubscribe();
    session.clear();
  });
});
