import { oidcConfigured, oidcRedirectUrl } from './config.schema';
import { loadConfig } from './load-config';

const sso = { OIDC_ISSUER_URL: 'https://login.example.nhs.uk/tenant/v2.0', OIDC_CLIENT_ID: 'navdesk', OIDC_CLIENT_SECRET: 'secret' };

describe('single sign-on configuration', () => {
  it('is off unless configured', () => {
    const config = loadConfig({});
    expect(oidcConfigured(config)).toBe(false);
    expect(config.LOCAL_PASSWORDS).toBe('enabled');
    expect(config.BREAK_GLASS_ADMINS).toEqual([]);
  });

  it('is on with issuer, client id and secret, calling back under PUBLIC_URL unless told otherwise', () => {
    const config = loadConfig({ ...sso, PUBLIC_URL: 'https://navdesk.trust.nhs.uk/' });
    expect(oidcConfigured(config)).toBe(true);
    expect(oidcRedirectUrl(config)).toBe('https://navdesk.trust.nhs.uk/api/auth/oidc/callback');
    expect(oidcRedirectUrl(loadConfig({ ...sso, OIDC_REDIRECT_URL: 'https://sso.trust.nhs.uk/cb' }))).toBe('https://sso.trust.nhs.uk/cb');
  });

  it('names the missing variable when only part of it is set', () => {
    expect(() => loadConfig({ OIDC_ISSUER_URL: sso.OIDC_ISSUER_URL, OIDC_CLIENT_ID: 'navdesk' })).toThrow(/OIDC_CLIENT_SECRET must be set with the other OIDC_ variables/);
  });

  it('refuses break-glass without single sign-on, and a plain-http issuer in production', () => {
    expect(() => loadConfig({ LOCAL_PASSWORDS: 'break-glass' })).toThrow(/LOCAL_PASSWORDS break-glass needs single sign-on/);
    expect(() => loadConfig({ LOCAL_PASSWORDS: 'sometimes' })).toThrow(/LOCAL_PASSWORDS must be enabled or break-glass/);
    const production = { NODE_ENV: 'production', TOKEN_PEPPER: 'p'.repeat(40), PROGRAMME_API_KEY: 'k'.repeat(40), EXPORT_LINK_SECRET: 'e'.repeat(40) };
    expect(() => loadConfig({ ...production, ...sso, OIDC_ISSUER_URL: 'http://idp.example' })).toThrow(/OIDC_ISSUER_URL must be https in production/);
  });

  it('matches on a verified email claim by default; OIDC_EMAIL_CLAIM and OIDC_TRUST_UNVERIFIED_EMAIL change that', () => {
    const byDefault = loadConfig(sso);
    expect(byDefault.OIDC_EMAIL_CLAIM).toBe('email');
    expect(byDefault.OIDC_TRUST_UNVERIFIED_EMAIL).toBe(false);
    const entra = loadConfig({ ...sso, OIDC_ISSUER_URL: 'https://login.microsoftonline.com/0b1c2d3e-aaaa-bbbb-cccc-123456789abc/v2.0', OIDC_EMAIL_CLAIM: 'preferred_username', OIDC_TRUST_UNVERIFIED_EMAIL: 'true' });
    expect(entra.OIDC_EMAIL_CLAIM).toBe('preferred_username');
    expect(entra.OIDC_TRUST_UNVERIFIED_EMAIL).toBe(true);
    expect(() => loadConfig({ ...sso, OIDC_EMAIL_CLAIM: 'e mail' })).toThrow(/OIDC_EMAIL_CLAIM must be a claim name/);
  });

  it('refuses trusting unverified e-mail from a multi-tenant Entra ID issuer', () => {
    for (const tenant of ['common', 'organizations', 'Consumers']) {
      const issuer = `https://login.microsoftonline.com/${tenant}/v2.0`;
      expect(() => loadConfig({ ...sso, OIDC_ISSUER_URL: issuer, OIDC_TRUST_UNVERIFIED_EMAIL: 'true' })).toThrow(/OIDC_TRUST_UNVERIFIED_EMAIL is refused with a multi-tenant Entra ID issuer/);
      // Without the trust, only verified e-mail matches, so the shared endpoint is not refused.
      expect(loadConfig({ ...sso, OIDC_ISSUER_URL: issuer }).OIDC_TRUST_UNVERIFIED_EMAIL).toBe(false);
    }
  });

  it('reads the break-glass admins as lower-case e-mails', () => {
    const config = loadConfig({ ...sso, LOCAL_PASSWORDS: 'break-glass', BREAK_GLASS_ADMINS: ' Admin@Trust.nhs.uk, ,second@trust.nhs.uk' });
    expect(config.BREAK_GLASS_ADMINS).toEqual(['admin@trust.nhs.uk', 'second@trust.nhs.uk']);
  });
});
