import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SESSION_STORAGE } from '../auth/session-storage.token';
import { SessionStore } from '../auth/session.store';
import { MemoryStorage } from '../testing/memory-storage';
import type { SseFetch } from './live-event-stream';
import {
  LIVE_EVENTS_URL,
  LiveEventsService,
  SSE_FETCH,
} from './live-events.service';

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
});
