import { SetMetadata } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { BACKGROUND_REQUEST_HEADER } from '@navdesk/contracts';

/** Marks a route whose calls are never the person's own use of a session (e.g. the live stream). */
export const BACKGROUND_ROUTE = 'navdesk:background-route';
export const BackgroundRoute = (): MethodDecorator & ClassDecorator => SetMetadata(BACKGROUND_ROUTE, true);

/** Uses of a session closer together than this are recorded once, to keep the hot path cheap. */
export const SESSION_USE_GRANULARITY_SECONDS = 30;

/**
 * Whether a request counts as the person using their session (SESSION_IDLE_MINUTES): not when the
 * console marks it as a background poll (`X-Navdesk-Background: 1`), nor on a background route.
 */
export function countsAsUse(req: { headers: IncomingHttpHeaders }, backgroundRoute: boolean): boolean {
  return !backgroundRoute && req.headers[BACKGROUND_REQUEST_HEADER.toLowerCase()] !== '1';
}
