import { TextDecoder as NodeTextDecoder, TextEncoder } from 'node:util';
import type { LiveEvent } from '@navdesk/contracts';
import { liveEventStream, SseFetch, SseResponse } from './live-event-stream';

if (typeof globalThis.TextDecoder === 'undefined') {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

const encoder = new TextEncoder();

/** A response body whose chunks the test pushes, and which it can end. */
class FakeBody {
  readonly #queue: Uint8Array[] = [];
  #waiting: ((result: { done: boolean; value?: Uint8Array }) => void) | null =
    null;
  #ended = false;
  cancelled = false;

  push(text: string): void {
    const chunk = encoder.encode(text);
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ done: false, value: chunk });
    } else {
      this.#queue.push(chunk);
    }
  }

  end(): void {
    this.#ended = true;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ done: true });
    }
  }

  getReader() {
    return {
      read: (): Promise<{ done: boolean; value?: Uint8Array }> => {
        const next = this.#queue.shift();
        if (next) return Promise.resolve({ done: false, value: next });
        if (this.#ended) return Promise.resolve({ done: true });
        return new Promise((resolve) => (this.#waiting = resolve));
      },
      cancel: async (): Promise<void> => {
        this.cancelled = true;
      },
    };
  }
}

interface FetchCall {
  url: string;
  headers: Record<string, string>;
  signal: AbortSignal;
}

function fakeFetch(responses: (() => SseResponse | Error)[]) {
  const calls: FetchCall[] = [];
  const fetch: SseFetch = (url, init) => {
    calls.push({ url, headers: init.headers, signal: init.signal });
    const next = responses.shift();
    const result = next ? next() : new Error('no more responses');
    return result instanceof Error
      ? Promise.reject(result)
      : Promise.resolve(result);
  };
  return { fetch, calls };
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const event = (id: string): LiveEvent => ({
  type: 'ticket.changed',
  id,
  serviceId: 's-1',
  at: '2026-01-01T00:00:00.000Z',
});

describe('liveEventStream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the bearer token and emits each event as it arrives', async () => {
    const body = new FakeBody();
    const { fetch, calls } = fakeFetch([
      () => ({ ok: true, status: 200, body }),
    ]);
    const seen: LiveEvent[] = [];
    const opens: boolean[] = [];
    const sub = liveEventStream({
      url: '/api/events/stream',
      token: 'tok-1',
      fetch,
      onOpenChange: (open) => opens.push(open),
    }).subscribe((e) => seen.push(e));
    await flush();

    expect(calls[0].headers['Authorization']).toBe('Bearer tok-1');
    body.push(
      `retry: 3000\n: connected\n\ndata: ${JSON.stringify(event('t-1'))}\n`,
    );
    await flush();
    expect(seen).toEqual([]);
    body.push(`\ndata: ${JSON.stringify(event('t-2'))}\n\n`);
    await flush();
    expect(seen.map((e) => e.id)).toEqual(['t-1', 't-2']);
    expect(opens).toEqual([true]);
    sub.unsubscribe();
  });

  it('reconnects with growing backoff after failures and after the stream ends', async () => {
    const first = new FakeBody();
    const second = new FakeBody();
    const { fetch, calls } = fakeFetch([
      () => ({ ok: true, status: 200, body: first }),
      () => new Error('network down'),
      () => ({ ok: false, status: 503, body: null }),
      () => ({ ok: true, status: 200, body: second }),
    ]);
    const seen: string[] = [];
    const sub = liveEventStream({
      url: '/s',
      token: 't',
      fetch,
      backoff: (attempt) => attempt * 1000,
    }).subscribe((e) => seen.push(e.id));
    await flush();
    first.end();
    await flush();
    expect(calls).toHaveLength(1);

    jest.advanceTimersByTime(999);
    await flush();
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flush();
    expect(calls).toHaveLength(2); // fails: network down

    jest.advanceTimersByTime(2000);
    await flush();
    expect(calls).toHaveLength(3); // fails: 503

    jest.advanceTimersByTime(2999);
    await flush();
    expect(calls).toHaveLength(3);
    jest.advanceTimersByTime(1);
    await flush();
    expect(calls).toHaveLength(4);

    second.push(`data: ${JSON.stringify(event('t-9'))}\n\n`);
    await flush();
    expect(seen).toEqual(['t-9']);
    sub.unsubscribe();
  });

  it('stops on unsubscribe (sign-out): aborts the request and never reconnects', async () => {
    const body = new FakeBody();
    const { fetch, calls } = fakeFetch([
      () => ({ ok: true, status: 200, body }),
      () => ({ ok: true, status: 200, body: new FakeBody() }),
    ]);
    const sub = liveEventStream({ url: '/s', token: 't', fetch }).subscribe();
    await flush();
    sub.unsubscribe();
    expect(calls[0].signal.aborted).toBe(true);
    body.end();
    await flush();
    jest.advanceTimersByTime(60_000);
    await flush();
    expect(calls).toHaveLength(1);
  });

  it('gives up on 401 (the session has ended) instead of retrying, and says so', async () => {
    const { fetch, calls } = fakeFetch([
      () => ({ ok: false, status: 401, body: null }),
    ]);
    let completed = false;
    const refused: number[] = [];
    liveEventStream({
      url: '/s',
      token: 't',
      fetch,
      onAuthFailure: (status) => refused.push(status),
    }).subscribe({
      complete: () => (completed = true),
    });
    await flush();
    jest.advanceTimersByTime(60_000);
    await flush();
    expect(completed).toBe(true);
    expect(refused).toEqual([401]);
    expect(calls).toHaveLength(1);
  });

  it('after the server ends a revoked session’s stream, reconnects once, is refused, and stops', async () => {
    const body = new FakeBody();
    const { fetch, calls } = fakeFetch([
      () => ({ ok: true, status: 200, body }),
      () => ({ ok: false, status: 401, body: null }),
      () => ({ ok: true, status: 200, body: new FakeBody() }),
    ]);
    const refused: number[] = [];
    const opens: boolean[] = [];
    let completed = false;
    liveEventStream({
      url: '/s',
      token: 't',
      fetch,
      backoff: () => 1000,
      onOpenChange: (open) => opens.push(open),
      onAuthFailure: (status) => refused.push(status),
    }).subscribe({ complete: () => (completed = true) });
    await flush();
    body.push(': connected\n\n');
    body.end();
    await flush();
    jest.advanceTimersByTime(1000);
    await flush();
    expect(calls).toHaveLength(2);
    expect(refused).toEqual([401]);
    expect(completed).toBe(true);
    expect(opens[opens.length - 1]).toBe(false);

    jest.advanceTimersByTime(10 * 60_000);
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('reconnects with the last event’s id as Last-Event-ID, so the server replays what came meanwhile', async () => {
    const first = new FakeBody();
    const second = new FakeBody();
    const { fetch, calls } = fakeFetch([
      () => ({ ok: true, status: 200, body: first }),
      () => ({ ok: true, status: 200, body: second }),
    ]);
    const seen: string[] = [];
    const sub = liveEventStream({ url: '/s', token: 't', fetch, backoff: () => 1000 }).subscribe((e) => seen.push(e.id));
    await flush();
    expect(calls[0].headers['Last-Event-ID']).toBeUndefined();
    // CRLF line endings and a line split across chunks, as a proxy may deliver them.
    first.push(`id: 17-0\r\ndata: ${JSON.stringify(event('t-1'))}\r\n\r\nid: 18`);
    first.push(`-0\ndata: ${JSON.stringify(event('t-2'))}\n\n`);
    first.end();
    await flush();
    jest.advanceTimersByTime(1000);
    await flush();

    expect(calls[1].headers['Last-Event-ID']).toBe('18-0');
    second.push(`id: 19-0\ndata: ${JSON.stringify(event('t-3'))}\n\n`);
    await flush();
    expect(seen).toEqual(['t-1', 't-2', 't-3']);
    sub.unsubscribe();
  });

  it('tells onMissed when the server could not replay everything (event: reset), and emits no event for it', async () => {
    const body = new FakeBody();
    const { fetch } = fakeFetch([() => ({ ok: true, status: 200, body })]);
    const seen: string[] = [];
    let missed = 0;
    const sub = liveEventStream({ url: '/s', token: 't', fetch, onMissed: () => missed++ }).subscribe((e) => seen.push(e.id));
    await flush();
    body.push(`event: reset\ndata: {}\n\nid: 5-0\ndata: ${JSON.stringify(event('t-5'))}\n\n`);
    await flush();
    expect(missed).toBe(1);
    expect(seen).toEqual(['t-5']);
    sub.unsubscribe();
  });
});
