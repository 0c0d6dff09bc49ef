import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const REQUEST_ID = /^[a-zA-Z0-9-]{8,64}$/;

/** What a request carries of its id: `id` is where pino-http keeps it too (and reuses it when set). */
interface RequestWithId {
  id?: unknown;
  headers: IncomingHttpHeaders;
}

/**
 * The request's one id: a caller's `X-Request-Id` when it looks sane, else a new uuid; kept on
 * `req.id` and echoed in the response. Whichever middleware runs first (the request context, for the
 * audit log, or the logger) assigns it, and the other reads the same, so logs and audit rows agree.
 */
export function assignRequestId(req: RequestWithId, res: { setHeader(name: string, value: string): unknown }): string {
  if (typeof req.id === 'string' && req.id) return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  return id;
}
