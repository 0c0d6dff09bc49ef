import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Histogram } from 'prom-client';
import { MetricsRegistry } from '../metrics-registry';

/** The one label for requests no route matched (404s, the console's files and pages, refused bodies). */
export const UNMATCHED_ROUTE = 'unmatched';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** What Express knows of the request once a route has handled it. */
interface RoutedRequest {
  method?: string;
  baseUrl?: string;
  route?: { path?: unknown };
}

/**
 * The matched route's template (`/api/tickets/:id`), never the URL: ids and query strings would make a
 * series per ticket and could carry patient data into the metrics. Nest mounts middleware for every path
 * as a catch-all route (`/{*path}`, the request logger's), which a request no handler matched keeps as
 * its `req.route`: a catch-all is no handler's template, so it counts as unmatched.
 */
export function routeLabel(req: RoutedRequest): string {
  const path = req.route?.path;
  return typeof path === 'string' && !path.includes('*') ? `${req.baseUrl ?? ''}${path}` : UNMATCHED_ROUTE;
}

/** A client chooses the method: anything unusual shares one label, so it cannot mint series. */
export function methodLabel(method: string | undefined): string {
  const upper = (method ?? '').toUpperCase();
  return METHODS.has(upper) ? upper : 'OTHER';
}

/** `navdesk_http_request_duration_seconds{method,route,status}`, observed by an Express middleware. */
@Injectable()
export class HttpMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(metrics: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'navdesk_http_request_duration_seconds',
      help: 'Time from a request arriving to its response ending, by method, route template and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [metrics.registry],
    });
  }

  /** Mounted first, so the time includes every middleware; the route is read when the response ends. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      // An event stream stays open for as long as the person watches: its life is not a latency
      // (navdesk_live_stream_connections counts the streams).
      if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) return;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.duration.observe({ method: methodLabel(req.method), route: routeLabel(req), status: String(res.statusCode) }, seconds);
    });
    next();
  };
}
