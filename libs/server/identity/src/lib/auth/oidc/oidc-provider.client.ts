import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Configuration } from 'openid-client';
import { APP_CONFIG, oidcConfigured, oidcRedirectUrl, type AppConfig } from '@navdesk/server/core';
import { loadOpenIdClient } from './load-openid-client';
import type { PendingSignIn } from './oidc-pending.store';

/** The claims Navdesk reads from the identity provider; nothing else of its answer is kept. */
export interface OidcIdentity {
  subject: string;
  /** The configured OIDC_EMAIL_CLAIM, trimmed and lower-cased. */
  email: string | null;
  /** `email_verified` as sent: true, false (also any non-boolean value), or null when absent. */
  emailVerified: boolean | null;
}

/** The identity provider refused or the answer failed a check (state, nonce, PKCE, signature). */
export class OidcRejectedError extends Error {}

/**
 * The relying party: discovers the trust's provider once (on first use, so the api starts even when
 * the provider is down), builds authorization URLs and redeems codes.
 */
@Injectable()
export class OidcProviderClient {
  private readonly logger = new Logger(OidcProviderClient.name);
  private configuration: Promise<Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return oidcConfigured(this.config);
  }

  async authorizationUrl(): Promise<{ url: string; pending: PendingSignIn }> {
    const client = loadOpenIdClient();
    const configuration = await this.discover();
    const pending: PendingSignIn = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidcRedirectUrl(this.config),
      scope: 'openid email profile',
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /**
   * Redeems the code from the callback's query and returns the person's claims. The provider's
   * tokens live only in this function: read, then dropped.
   */
  async redeem(query: string, pending: PendingSignIn): Promise<OidcIdentity> {
    const client = loadOpenIdClient();
    const configuration = await this.discover();
    const currentUrl = new URL(oidcRedirectUrl(this.config));
    currentUrl.search = query;
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new OidcRejectedError('no ID token');
      claims = { ...idClaims };
      // Many providers put e-mail in the userinfo answer rather than the ID token.
      if (typeof claims[this.config.OIDC_EMAIL_CLAIM] !== 'string') {
        claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)), ...claims, sub: idClaims.sub };
      }
    } catch (e) {
      if (e instanceof OidcRejectedError) throw e;
      this.logger.warn(`Single sign-on answer refused: ${(e as Error).message}`);
      throw new OidcRejectedError((e as Error).message);
    }
    const rawEmail = claims[this.config.OIDC_EMAIL_CLAIM];
    const email = typeof rawEmail === 'string' && rawEmail.trim().length > 0 ? rawEmail.trim().toLowerCase() : null;
    const verified = claims['email_verified'];
    return { subject: String(claims['sub']), email, emailVerified: verified === undefined || verified === null ? null : verified === true };
  }

  private discover(): Promise<Configuration> {
    if (!oidcConfigured(this.config)) throw new Error('single sign-on is not configured');
    const { OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, NODE_ENV } = this.config;
    if (!this.configuration) {
      const client = loadOpenIdClient();
      // Plain http is refused by the config in production; allowed elsewhere for a local provider.
      const execute = OIDC_ISSUER_URL.startsWith('http:') && NODE_ENV !== 'production' ? [client.allowInsecureRequests] : [];
      this.configuration = client.discovery(new URL(OIDC_ISSUER_URL), OIDC_CLIENT_ID, undefined, client.ClientSecretBasic(OIDC_CLIENT_SECRET), { execute }).catch((e: unknown) => {
        this.configuration = null; // try again on the next sign-in
        throw e;
      });
    }
    return this.configuration;
  }
}
