import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserPrincipal } from '@navdesk/server/access';

const storage = new AsyncLocalStorage<UserPrincipal>();

/**
 * The admin a dashboard request was let in as. bull-board's hooks see headers and params, not the
 * request, so the access check hands its verdict down the request's async context.
 */
export function currentDashboardActor(): UserPrincipal | undefined {
  return storage.getStore();
}

export function runAsDashboardActor(actor: UserPrincipal, next: () => void): void {
  storage.run(actor, next);
}
