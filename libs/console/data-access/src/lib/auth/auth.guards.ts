import { inject } from '@angular/core';
import {
  CanActivateFn,
  CanMatchFn,
  RedirectCommand,
  Router,
  UrlTree,
} from '@angular/router';
import { Role } from '@navdesk/contracts';
import {
  NOT_ALLOWED_PATH,
  safeReturnUrl,
  SIGN_IN_PATH,
} from './session.constants';
import { SessionStore } from './session.store';

function signInRedirect(router: Router): UrlTree {
  const attempted = router.currentNavigation()?.extractedUrl;
  const returnUrl = safeReturnUrl(
    attempted ? router.serializeUrl(attempted) : null,
  );
  return router.createUrlTree([SIGN_IN_PATH], {
    queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
  });
}

/** Lets signed-in people through; everyone else goes to sign in (and comes back afterwards). */
export const signedInGuard: CanActivateFn & CanMatchFn = () => {
  const session = inject(SessionStore);
  return session.isSignedIn() ? true : signInRedirect(inject(Router));
};

/** Keeps signed-in people away from the sign-in page. */
export const signedOutGuard: CanActivateFn & CanMatchFn = () => {
  const session = inject(SessionStore);
  return session.isSignedIn() ? inject(Router).parseUrl('/') : true;
};

/**
 * Only people with one of `roles` may enter. Others see the not-allowed page while the address
 * bar keeps the URL they asked for; people who are not signed in go to sign in.
 */
export function roleGuard(roles: readonly Role[]): CanActivateFn & CanMatchFn {
  return () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    if (!session.isSignedIn()) {
      return signInRedirect(router);
    }
    if (session.hasRole(...roles)) {
      return true;
    }
    return new RedirectCommand(router.parseUrl(NOT_ALLOWED_PATH), {
      skipLocationChange: true,
    });
  };
}
