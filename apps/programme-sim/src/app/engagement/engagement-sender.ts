import { ENGAGEMENT_LIMITS, type EngagementBatchResult } from '@navdesk/contracts';
import type { SimEngagementEvent } from './engagement.constants';

export const ENGAGEMENT_PATH = '/api/engagement/events';

export interface SendOptions {
  /** Events per POST (Navdesk takes at most 5,000). */
  batchMax: number;
  /** Tries per batch before giving up on it. */
  attempts: number;
  /** Wait before the second try; doubled before each later one. */
  retryDelayMs: number;
  timeoutMs: number;
  /** Aborts the send (the feed stopping); no retry after it. */
  signal?: AbortSignal;
}

export const DEFAULT_SEND_OPTIONS: SendOptions = { batchMax: ENGAGEMENT_LIMITS.batchMax, attempts: 4, retryDelayMs: 1_000, timeoutMs: 60_000 };

export interface SendTotals {
  batches: number;
  /** Events in batches Navdesk took (202). */
  sent: number;
  accepted: number;
  duplicates: number;
  unknownPatients: number;
}

/** Navdesk answered, and retrying the same batch will not help (400, 401, 404…). */
export class FeedRejectedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FeedRejectedError';
  }
}

/** Navdesk did not take a batch after every try (5xx, 429, no answer). */
export class FeedUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedUnavailableError';
  }
}

export function engagementUrl(navdeskUrl: string): string {
  return `${navdeskUrl.replace(/\/+$/, '')}${ENGAGEMENT_PATH}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

async function rejection(res: Response, url: string): Promise<FeedRejectedError> {
  if (res.status === 404) return new FeedRejectedError(404, `Navdesk has no engagement endpoint yet: POST ${url} answered 404`);
  if (res.status === 401 || res.status === 403) return new FeedRejectedError(res.status, `Navdesk refused the integration key: POST ${url} answered ${res.status}`);
  const text = (await res.text().catch(() => '')).slice(0, 300);
  return new FeedRejectedError(res.status, `Navdesk rejected a batch: POST ${url} answered ${res.status}${text ? ` ${text}` : ''}`);
}

function isResult(body: unknown): body is EngagementBatchResult {
  const b = body as Partial<EngagementBatchResult> | null;
  return typeof b?.accepted === 'number' && typeof b.duplicates === 'number' && Array.isArray(b.unknownPatients);
}

/** One batch, with retries on 5xx, 429 and network failures; a 4xx other than 429 is final. */
async function postBatch(url: string, key: string, events: SimEngagementEvent[], options: SendOptions): Promise<EngagementBatchResult> {
  let lastProblem = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await sleep(options.retryDelayMs * 2 ** (attempt - 2), options.signal);
    if (options.signal?.aborted) throw new FeedUnavailableError('The feed was stopped');
    try {
      const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
        signal: AbortSignal.any(signals),
      });
      if (res.ok) {
        const body: unknown = await res.json().catch(() => null);
        if (!isResult(body)) throw new FeedRejectedError(res.status, `Navdesk answered ${res.status} without a batch result: POST ${url}`);
        return body;
      }
      if (res.status < 500 && res.status !== 429) throw await rejection(res, url);
      lastProblem = `answered ${res.status}`;
      await res.body?.cancel().catch(() => undefined);
    } catch (e) {
      if (e instanceof FeedRejectedError) throw e;
      if (options.signal?.aborted) throw new FeedUnavailableError('The feed was stopped');
      lastProblem = `did not answer (${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message})`;
    }
  }
  throw new FeedUnavailableError(`Navdesk ${lastProblem} to POST ${url}, ${options.attempts} tries`);
}

/**
 * Sends events to Navdesk in batches of at most `batchMax`, one after another, each retried with
 * exponential backoff. Stops at the first batch Navdesk does not take (the caller resends later:
 * the eventIds make a resend harmless). `onBatch` sees the running totals after each batch.
 */
export async function sendEngagement(
  navdeskUrl: string,
  key: string,
  events: SimEngagementEvent[],
  options: SendOptions = DEFAULT_SEND_OPTIONS,
  onBatch?: (totals: SendTotals) => void,
): Promise<SendTotals> {
  const url = engagementUrl(navdeskUrl);
  const totals: SendTotals = { batches: 0, sent: 0, accepted: 0, duplicates: 0, unknownPatients: 0 };
  for (let i = 0; i < events.length; i += options.batchMax) {
    const batch = events.slice(i, i + options.batchMax);
    const result = await postBatch(url, key, batch, options);
    totals.batches += 1;
    totals.sent += batch.length;
    totals.accepted += result.accepted;
    totals.duplicates += result.duplicates;
    totals.unknownPatients += result.unknownPatients.length;
    onBatch?.({ ...totals });
  }
  return totals;
}
