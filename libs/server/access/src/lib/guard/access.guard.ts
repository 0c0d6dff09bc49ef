import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@navdesk/contracts';
import { AuditService } from '@navdesk/server/audit';
import { PUBLIC_ROUTE, ROUTE_INTEGRATION, ROUTE_ROLES, safeUrlForLogs } from '@navdesk/server/core';
import type { RequestWithPrincipal } from '../principal';
import { CredentialsService } from './credentials.service';
import { BACKGROUND_ROUTE, countsAsUse } from './session-use';

export function bearerOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value.trim() : null;
}

/**
 * Default deny, applied to every route: a handler is reachable only if it is marked @Public, or
 * @IntegrationKeyOnly and called with a valid key, or names @Roles that the signed-in caller has.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialsService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const secret = bearerOf(req);
    if (!secret) throw new UnauthorizedException('Sign in first: this needs a bearer token');

    if (this.reflector.getAllAndOverride<boolean>(ROUTE_INTEGRATION, targets)) {
      const integration = secret.startsWith('ndk_') ? await this.credentials.integrationForKey(secret) : null;
      if (!integration) throw new UnauthorizedException('This needs a valid integration key');
      req.principal = integration;
      return true;
    }

    const background = this.reflector.getAllAndOverride<boolean>(BACKGROUND_ROUTE, targets) ?? false;
    const user = secret.startsWith('nds_') ? await this.credentials.userForToken(secret, countsAsUse(req, background)) : null;
    if (!user) throw new UnauthorizedException('Your session has expired or was ended; sign in again');
    req.principal = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets) ?? [];
    if (!roles.includes(user.role)) {
      await this.audit.record({
        actor: { type: 'user', id: user.userId, label: user.email },
        action: 'access.denied',
        outcome: 'denied',
        detail: { method: req.method, path: safeUrlForLogs(req.originalUrl), role: user.role },
      });
      throw new ForbiddenException('Your role cannot do this');
    }
    return true;
  }
}
