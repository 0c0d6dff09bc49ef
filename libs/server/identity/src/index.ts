export * from './lib/identity.module';
export * from './lib/auth/password-hasher';
export * from './lib/passwords/password-policy';
export * from './lib/auth/auth.service';
export * from './lib/maintenance/identity-worker.module';
export * from './lib/maintenance/maintenance.constants';
/** For tests that stand in for the identity provider: the console's one-time code for a session. */
export { OidcHandoffStore } from './lib/auth/oidc/oidc-handoff.store';
