import { OidcHandoffStore } from './oidc-handoff.store';
import { OidcPendingStore } from './oidc-pending.store';
import { OidcProviderClient } from './oidc-provider.client';
import { OidcSignInService } from './oidc-sign-in.service';
import { OidcController } from './oidc.controller';

/** Single sign-on's parts, registered in IdentityApiModule (they need its AuthService). */
export const OIDC_CONTROLLERS = [OidcController];
export const OIDC_PROVIDERS = [OidcProviderClient, OidcPendingStore, OidcHandoffStore, OidcSignInService];
