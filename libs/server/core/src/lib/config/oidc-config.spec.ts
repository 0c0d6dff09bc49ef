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

  it('reads the break-glass admins as lower-case e-mails', () => {
    const config = loadConfig({ ...sso, LOCAL_PASSWORDS: 'break-glass', BREAK_GLASS_ADMINS: ' Admin@Trust.nhs.uk, ,second@trust.nhs.uk' });
    expect(config.BREAK_GLASS_ADMINS).toEqual(['admin@trust.nhs.uk', 'second@trust.nhs.uk']);
  });
});
