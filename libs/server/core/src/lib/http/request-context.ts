import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { assignRequestId } from './request-id';

export interface RequestContext {
  requestId: string | null;
  ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Who is asking and from where, for audit rows, without threading `req` through every service. */
export function currentRequestContext(): RequestContext {
  return storage.getStore() ?? { requestId: null, ip: null };
}

/**
 * Express middleware: gives the request its id (or takes the one the logger gave it) so audit rows
 * carry the id of the logs and of the `X-Request-Id` response header, whichever runs first.
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  storage.run({ requestId: assignRequestId(req, res), ip: req.ip ?? null }, next);
}
