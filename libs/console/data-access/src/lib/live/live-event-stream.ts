import { createParser } from 'eventsource-parser';
import { Observable } from 'rxjs';
import { BACKGROUND_REQUEST_HEADER } from '@navdesk/contracts';
import { ConsoleLiveEvent, parseLiveEvent } from './live-event';

/** The part of a `fetch` Response the reader uses (a real Response fits). */
export interface SseResponse {
  ok: boolean;
  status: number;
  body: {
    getReader(): {
      read(): Promise<{ done: boolean; value?: Uint8Array }>;
      cancel(): Promise<void>;
    };
  } | null;
}

export type SseFetch = (
  url: string,
  init: {
    headers: Record<string, string>;
    signal: AbortSignal;
    cache: 'no-store';
  },
) => Promise<SseResponse>;

export interface LiveEventStreamOptions {
  url: string;
  token: string;
  fetch: SseFetch;
  /** Milliseconds to wait before reconnect attempt `attempt` (1, 2, …). */
  backoff?: (attempt: number) => number;
  /** Told whether the stream is currently open (for a "live" indicator). */
  onOpenChange?: (open: boolean) => void;
  /**
   * Told when the server refuses the token (401: the session ended, e.g. revoked or expired; 403),
   * just before the stream completes for good.
   */
  onAuthFailure?: (status: number) => void;
  /**
   * Told when the server could not replay what a reconnect missed (`event: reset`: its log no longer
   * reaches back that far), so changes made meanwhile may not show until the page reloads its data.
   */
  onMissed?: () => void;
}

/** 1 s, 2 s, 4 s … capped at 30 s. */
export function defaultBackoff(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** Statuses after which reconnecting cannot help: the token is no good or not allowed. */
const FATAL_STATUSES = new Set([401, 403]);

/**
 * Server-sent events over `fetch` (so the bearer header can be sent, which EventSource cannot), parsed
 * by eventsource-parser: emits each LiveEvent, and reconnects with backoff when the stream ends or
 * fails, sending the last event's id as `Last-Event-ID` so the server replays what came meanwhile.
 * Unsubscribing aborts the request and cancels any pending reconnect. On 401/403 it tells
 * `onAuthFailure` and completes, never retrying a token the server refuses (the server ends a stream
 * whose session was revoked; the reconnect that follows is such a 401).
 */
export function liveEventStream(
  options: LiveEventStreamOptions,
): Observable<ConsoleLiveEvent> {
  const backoff = options.backoff ?? defaultBackoff;
  return new Observable<ConsoleLiveEvent>((subscriber) => {
    let stopped = false;
    let attempt = 0;
    let controller: AbortController | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastEventId: string | null = null;
    const parser = createParser({
      onEvent: (message) => {
        if (message.id) lastEventId = message.id;
        if (message.event === 'reset') {
          options.onMissed?.();
          return;
        }
        const event = parseLiveEvent(message.data);
        if (event) subscriber.next(event);
      },
    });

    const setOpen = (open: boolean) => options.onOpenChange?.(open);

    const scheduleReconnect = () => {
      setOpen(false);
      if (stopped) return;
      attempt += 1;
      timer = setTimeout(() => {
        timer = null;
        void connect();
      }, backoff(attempt));
    };

    const connect = async (): Promise<void> => {
      if (stopped) return;
      controller = new AbortController();
      try {
        const response = await options.fetch(options.url, {
          headers: {
            Authorization: `Bearer ${options.token}`,
            Accept: 'text/event-stream',
            // Holding the stream open is not the person using the session.
            [BACKGROUND_REQUEST_HEADER]: '1',
            ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}),
          },
          signal: controller.signal,
          cache: 'no-store',
        });
        if (stopped) return;
        if (FATAL_STATUSES.has(response.status)) {
          stopped = true;
          setOpen(false);
          options.onAuthFailure?.(response.status);
          subscriber.complete();
          return;
        }
        if (!response.ok || !response.body) {
          scheduleReconnect();
          return;
        }
        attempt = 0;
        setOpen(true);
        // A new connection starts a new stream: nothing half-read carries over.
        parser.reset({ consume: false });
        const decoder = new TextDecoder();
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (stopped) return;
          if (done) break;
          if (value) parser.feed(decoder.decode(value, { stream: true }));
        }
        scheduleReconnect();
      } catch {
        if (!stopped) scheduleReconnect();
      }
    };

    void connect();

    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      controller?.abort();
      setOpen(false);
    };
  });
}
