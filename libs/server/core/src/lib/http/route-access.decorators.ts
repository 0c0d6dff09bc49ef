import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { Role } from '@navdesk/contracts';
import { ApiAccess } from './api-docs.decorators';

export const PUBLIC_ROUTE = 'navdesk:public';
export const ROUTE_ROLES = 'navdesk:roles';
export const ROUTE_INTEGRATION = 'navdesk:integration';

/** Reachable without signing in. Every use is a deliberate exception to default-deny. */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiAccess('public'));

/** The roles that may call this handler. A handler with neither @Roles nor @Public is refused to all. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(ROUTE_ROLES, roles), ApiAccess(roles));

/** Callable by a machine client holding an integration key for the service (and by no person). */
export const IntegrationKeyOnly = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(ROUTE_INTEGRATION, true), ApiAccess('integration'));
