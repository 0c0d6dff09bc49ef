import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContext {
  requestId: string | null;
  ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Who is asking and from where, for audit rows, without threading `req` through every service. */
export function currentRequestContext(): RequestContext {
  return storage.getStore() ?? { requestId: null, ip: null };
}

/** Express middleware: must run after the logger has assigned `req.id`. */
export function requestContextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const id = (req as Request & { id?: unknown }).id;
  storage.run({ requestId: typeof id === 'string' ? id : null, ip: req.ip ?? null }, next);
}
