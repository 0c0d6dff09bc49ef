import { ForbiddenException, Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CredentialsService, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { ApiExceptionFilter, APP_CONFIG, safeUrlForLogs, type AppConfig } from '@navdesk/server/core';
import { runAsDashboardActor } from './dashboard-actor';
import { dashboardCookieKey, cookieFrom, readDashboardPass, signDashboardPass, type DashboardPass } from './dashboard-cookie';
import { dashboardCookieOptions } from './dashboard-cookie-options';
import { QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_COOKIE_RENEW_BELOW_MS, QUEUE_DASHBOARD_COOKIE_TTL_MS } from './queue-dashboard.constants';

/**
 * Guards everything under /admin/queues (page, files, bull-board's API) with the hand-over cookie:
 * a valid signature, not expired, and its session still live with an active admin behind it, read
 * afresh on every request as the bearer guard does, so a revoked session or a leaver is out at once.
 */
@Injectable()
export class QueueDashboardAccess {
  private readonly logger = new Logger(QueueDashboardAccess.name);
  private readonly errors = new ApiExceptionFilter();
  private readonly key: Buffer;

  constructor(
    private readonly credentials: CredentialsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = dashboardCookieKey(config.TOKEN_PEPPER);
  }

  /** The cookie the session hand-over sets: this session, for the next five minutes. */
  issue(res: Response, sessionId: string, now = new Date()): void {
    const pass = {
      sessionId,
      expiresAt: new Date(now.getTime() + QUEUE_DASHBOARD_COOKIE_TTL_MS),
    };
    res.cookie(QUEUE_DASHBOARD_COOKIE, signDashboardPass(this.key, pass), dashboardCookieOptions(this.config, pass.expiresAt));
  }

  clear(res: Response): void {
    res.clearCookie(QUEUE_DASHBOARD_COOKIE, dashboardCookieOptions(this.config));
  }

  /** Express middleware: lets an admin through (as the request's actor), answers 401/403 otherwise. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    this.admit(req, res)
      .then((admin) => {
        if (admin) runAsDashboardActor(admin, next);
      })
      .catch((error: unknown) => this.fail(res, error));
  };

  private async admit(req: Request, res: Response): Promise<UserPrincipal | null> {
    const now = new Date();
    const pass = readDashboardPass(this.key, cookieFrom(req.headers.cookie, QUEUE_DASHBOARD_COOKIE), now);
    const user = pass ? await this.credentials.userForSession(pass.sessionId, countsAsUse(req)) : null;
    if (!pass || !user) {
      if (pass || req.headers.cookie?.includes(`${QUEUE_DASHBOARD_COOKIE}=`)) this.clear(res);
      this.answer(res, new UnauthorizedException('Open the queue dashboard from the console’s admin area (your pass is missing, expired or its session ended)'));
      return null;
    }
    if (user.role !== 'admin') {
      await this.audit.record({
        actor: { type: 'user', id: user.userId, label: user.email },
        action: 'access.denied',
        outcome: 'denied',
        detail: {
          method: req.method,
          path: safeUrlForLogs(req.originalUrl),
          role: user.role,
        },
      });
      this.answer(res, new ForbiddenException('Your role cannot do this'));
      return null;
    }
    if (renewalDue(pass, now)) this.issue(res, pass.sessionId, now);
    return user;
  }

  private answer(res: Response, error: unknown): void {
    const body = this.errors.toApiError(error);
    res.setHeader('Cache-Control', 'no-store');
    res.status(body.statusCode).json(body);
  }

  private fail(res: Response, error: unknown): void {
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (!res.headersSent) this.answer(res, error);
  }
}

/** A pass past half its life is renewed: the dashboard polls every few seconds while it is open. */
function renewalDue(pass: DashboardPass, now: Date): boolean {
  return pass.expiresAt.getTime() - now.getTime() < QUEUE_DASHBOARD_COOKIE_RENEW_BELOW_MS;
}

/**
 * Opening the page and changing something are the admin's own use of their session; the board's
 * polls of its API and its files are not (as the console's background polls are not).
 */
export function countsAsUse(req: Pick<Request, 'method' | 'path'>): boolean {
  if (req.method !== 'GET') return true;
  return !req.path.startsWith('/api/') && !req.path.startsWith('/static/');
}
