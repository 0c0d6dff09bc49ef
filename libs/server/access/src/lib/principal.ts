import type { Role } from '@navdesk/contracts';

/** A signed-in person, as every handler and query sees them. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  role: Role;
  serviceIds: string[];
}

/** A machine client holding an integration key for one service. */
export interface IntegrationPrincipal {
  kind: 'integration';
  keyId: string;
  serviceId: string;
  name: string;
}

export type Principal = UserPrincipal | IntegrationPrincipal;

export interface RequestWithPrincipal {
  principal?: Principal;
}
