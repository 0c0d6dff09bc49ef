import type { NextFunction, Request, Response } from 'express';

/** Public, patient-free answers a browser or proxy may keep: the OpenAPI document and Swagger UI. */
const CACHEABLE = /^\/api\/docs(?:-json)?(?:\/|$)/;

/**
 * `Cache-Control: no-store` on every /api answer (contract: Conventions), errors included, so no
 * browser, disk cache or shared proxy keeps patient-level data. One rule for the whole API rather
 * than a list of patient routes: nothing to forget when a route is added. Set before the handler
 * runs; a handler may still say something stricter.
 */
export function noStoreMiddleware(req: Request, res: Response, next: NextFunction): void {
  if (!CACHEABLE.test(req.originalUrl)) res.setHeader('Cache-Control', 'no-store');
  next();
}
