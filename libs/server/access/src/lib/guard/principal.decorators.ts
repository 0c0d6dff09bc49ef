import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { IntegrationPrincipal, RequestWithPrincipal, UserPrincipal } from '../principal';

/** The signed-in person; only on handlers guarded by @Roles. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): UserPrincipal => {
  const principal = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (principal?.kind !== 'user') throw new Error('CurrentUser used on a route without a signed-in user');
  return principal;
});

/** The machine client; only on handlers marked @IntegrationKeyOnly. */
export const CurrentIntegration = createParamDecorator((_: unknown, ctx: ExecutionContext): IntegrationPrincipal => {
  const principal = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (principal?.kind !== 'integration') throw new Error('CurrentIntegration used on a route without an integration key');
  return principal;
});
