import { createHash, timingSafeEqual } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ApiError } from '@navdesk/contracts';

/** What `/metrics` serves: the registry's text and its content type. */
export interface MetricsSource {
  readonly contentType: string;
  render(): Promise<string>;
}

export const METRICS_OFF_MESSAGE = 'Metrics are off: set METRICS_TOKEN on this process to scrape them';
export const METRICS_TOKEN_REQUIRED_MESSAGE = 'Scraping metrics needs the bearer token configured in METRICS_TOKEN';

/**
 * Why a scrape is refused, or null when it may go ahead. The configured token and the presented one are
 * compared as SHA-256 digests with timingSafeEqual: constant time, and whatever their lengths.
 */
export function scrapeRefusal(authorization: string | undefined, token: string | undefined): string | null {
  if (!token) return METRICS_OFF_MESSAGE;
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!presented) return METRICS_TOKEN_REQUIRED_MESSAGE;
  return timingSafeEqual(digest(presented), digest(token)) ? null : METRICS_TOKEN_REQUIRED_MESSAGE;
}

const digest = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

/** Answers one scrape: 401 in the contract's error shape unless the bearer token matches, else the exposition. */
export async function answerScrape(req: IncomingMessage, res: ServerResponse, source: MetricsSource, token: string | undefined): Promise<void> {
  const refusal = scrapeRefusal(req.headers.authorization, token);
  if (refusal) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    return sendError(res, 401, refusal);
  }
  let text: string;
  try {
    text = await source.render();
  } catch {
    // Collectors never reject (their failures are counted); this is the registry itself, not the client.
    return sendError(res, 503, 'Metrics could not be gathered; try again');
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', source.contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

/** The contract's error shape, for handlers that run outside Nest's exception filter. */
export function sendError(res: ServerResponse, statusCode: number, message: string): void {
  const body: ApiError = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
  res.statusCode = statusCode;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}
