import {
  inject,
  Injectable,
  InjectionToken,
  Injector,
  signal,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import {
  distinctUntilChanged,
  EMPTY,
  filter,
  Observable,
  share,
  switchMap,
} from 'rxjs';
import { API_BASE } from '../api/api.constants';
import { SessionStore } from '../auth/session.store';
import type { ConsoleLiveEvent, LiveEventType } from './live-event';
import { liveEventStream, SseFetch } from './live-event-stream';

export const LIVE_EVENTS_URL = `${API_BASE}/events/stream`;

/** The `fetch` the live stream uses; tests provide a fake. */
export const SSE_FETCH = new InjectionToken<SseFetch>('SSE_FETCH', {
  providedIn: 'root',
  factory: () => (url, init) => fetch(url, init),
});

/** Reconnect delays; tests shorten them. */
export const SSE_BACKOFF = new InjectionToken<(attempt: number) => number>(
  'SSE_BACKOFF',
);

/**
 * The caller's live events (server-sent), one connection shared by every subscriber, open while
 * someone listens and a session exists; it closes on sign-out and reopens with the next token.
 */
@Injectable({ providedIn: 'root' })
export class LiveEventsService {
  readonly #fetch = inject(SSE_FETCH);
  readonly #backoff = inject(SSE_BACKOFF, { optional: true }) ?? undefined;
  readonly #session = inject(SessionStore);
  readonly #token = toObservable(this.#session.token, {
    injector: inject(Injector),
  });

  /** True while the stream is open. */
  readonly connected = signal(false);

  /**
   * How many times a reconnect could not be given everything it missed (the server's replay log no
   * longer reached back): the shell then offers a reload.
   */
  readonly missed = signal(0);

  readonly events$: Observable<ConsoleLiveEvent> = this.#token.pipe(
    distinctUntilChanged(),
    switchMap((token) =>
      token
        ? liveEventStream({
            url: LIVE_EVENTS_URL,
            token,
            fetch: this.#fetch,
            backoff: this.#backoff,
            onOpenChange: (open) => this.connected.set(open),
            onAuthFailure: (status) => this.#sessionRefused(token, status),
            onMissed: () => this.missed.update((n) => n + 1),
          })
        : EMPTY,
    ),
    share(),
  );

  /**
   * A 401 to the stream means the session ended (signed out elsewhere, revoked, expired): like a
   * 401 to any API call, end it here and send the person to sign in, unless a newer token has
   * already replaced the one refused.
   */
  #sessionRefused(token: string, status: number): void {
    if (status === 401 && this.#session.token() === token) {
      this.#session.end('revoked');
    }
  }

  /** Events of one type, e.g. `ticket.changed`. */
  ofType(type: LiveEventType): Observable<ConsoleLiveEvent> {
    return this.events$.pipe(filter((event) => event.type === type));
  }
}
