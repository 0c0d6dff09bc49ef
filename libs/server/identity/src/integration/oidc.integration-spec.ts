import type { LoginResponse } from '@navdesk/contracts';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { startOidcTestProvider, type OidcTestProvider } from './oidc/oidc-test-provider';
import { ssoCallback, ssoToCallback, TEST_REDIRECT_URL } from './oidc/sso-flow';

const CLIENT = { client_id: 'navdesk-test', client_secret: 'navdesk-test-client-secret-0123456789', redirect_uris: [TEST_REDIRECT_URL] };
const ACCOUNTS = [
  { sub: 'entra-nav1', email: 'Nav1@NavDesk.test', email_verified: true },
  { sub: 'entra-pwp02', email: 'pwp02@navdesk.test', email_verified: false },
  { sub: 'entra-pwp05', email: 'pwp05@navdesk.test', email_verified: true },
  { sub: 'entra-stranger', email: 'stranger@trust.test', email_verified: true },
  // Entra ID v2.0-like: no email_verified claim, and the Navdesk address is the UPN in preferred_username.
  { sub: 'entra-pwp03', email: 'pwp03.mail@nhs.test', preferred_username: 'PWP03@NavDesk.test' },
];

describe('single sign-on (OpenID Connect) against a real provider', () => {
  let provider: OidcTestProvider;

  beforeAll(async () => {
    provider = await startOidcTestProvider(CLIENT, ACCOUNTS);
  });

  afterAll(async () => {
    await provider.stop();
  });

  function ssoEnv(extra: Record<string, string> = {}): Record<string, string> {
    return { OIDC_ISSUER_URL: provider.issuer, OIDC_CLIENT_ID: CLIENT.client_id, OIDC_CLIENT_SECRET: CLIENT.client_secret, OIDC_REDIRECT_URL: TEST_REDIRECT_URL, LOCAL_PASSWORDS: 'enabled', BREAK_GLASS_ADMINS: '', ...extra };
  }

  describe('configured', () => {
    let t: ApiTestApp;

    beforeAll(async () => {
      t = await startApiTestApp({ label: 'oidc', seedDemo: true, env: ssoEnv() });
    });

    afterAll(async () => {
      await t.close();
    });

    async function sessionCount(): Promise<number> {
      const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM auth_sessions`)) as { n: number }[];
      return row?.n ?? 0;
    }

    it('tells the console single sign-on is on', async () => {
      expect((await t.call('GET', '/api/auth/options')).body).toEqual({ sso: true, localPasswords: 'enabled' });
    });

    it('signs a verified person in: provider → callback → one-time code → a session that works on /api/auth/me', async () => {
      const at = await ssoToCallback(t.baseUrl, 'Nav1@NavDesk.test');
      // PKCE, and the attempt is held server-side behind a short-lived, HttpOnly, Lax cookie.
      expect(at.authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
      expect(at.authorizationUrl.searchParams.get('code_verifier')).toBeNull();
      expect(at.pendingCookie).toMatch(/^navdesk_oidc=[\w-]{32}; Max-Age=600; Path=\/api\/auth\/oidc; Expires=[^;]+; HttpOnly; SameSite=Lax$/);

      const landing = await ssoCallback(t.baseUrl, at);
      expect(landing.pathname).toBe('/sign-in/sso');
      expect(landing.search).toBe('');
      const code = new URLSearchParams(landing.hash.slice(1)).get('code') ?? '';
      expect(code).toMatch(/^[\w-]{32}$/);

      const exchanged = await t.call('POST', '/api/auth/oidc/exchange', { body: { code } });
      expect(exchanged.status).toBe(200);
      const login = exchanged.body as LoginResponse;
      expect(login.user).toMatchObject({ email: 'nav1@navdesk.test', role: 'navigator' });
      const me = await t.call('GET', '/api/auth/me', { token: login.accessToken });
      expect(me.status).toBe(200);
      expect(me.body.email).toBe('nav1@navdesk.test');

      // The code is single-use.
      expect((await t.call('POST', '/api/auth/oidc/exchange', { body: { code } })).status).toBe(401);
      const audit = await t.db.query(`SELECT outcome, actor_id FROM audit_log WHERE action = 'auth.sso_login'`);
      expect(audit).toEqual([{ outcome: 'success', actor_id: login.user.id }]);
    });

    it('refuses a callback whose state was tampered with, and opens no session', async () => {
      const before = await sessionCount();
      const at = await ssoToCallback(t.baseUrl, 'Nav1@NavDesk.test');
      const tampered = at.callback.replace(/state=[^&]+/, 'state=forged-state-value');
      expect(tampered).not.toBe(at.callback);
      const landing = await ssoCallback(t.baseUrl, at, tampered);
      expect(landing.pathname + landing.search).toBe('/sign-in?reason=sso-failed');
      expect(landing.hash).toBe('');
      expect(await sessionCount()).toBe(before);
    });

    it('refuses the same callback replayed: the second one fails', async () => {
      const at = await ssoToCallback(t.baseUrl, 'Nav1@NavDesk.test');
      const first = await ssoCallback(t.baseUrl, at);
      expect(first.pathname).toBe('/sign-in/sso');
      const after = await sessionCount();
      const replay = await ssoCallback(t.baseUrl, at);
      expect(replay.pathname + replay.search).toBe('/sign-in?reason=sso-failed');
      expect(await sessionCount()).toBe(after);
    });

    it('refuses an e-mail that has no account, and creates nobody', async () => {
      const users = await t.db.query(`SELECT count(*)::int AS n FROM users`);
      const landing = await ssoCallback(t.baseUrl, await ssoToCallback(t.baseUrl, 'stranger@trust.test'));
      expect(landing.pathname + landing.search).toBe('/sign-in?reason=sso-unknown');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM users`)).toEqual(users);
      expect(await t.db.query(`SELECT id FROM users WHERE email = 'stranger@trust.test'`)).toEqual([]);
    });

    it('refuses an e-mail the provider has not verified', async () => {
      const before = await sessionCount();
      const landing = await ssoCallback(t.baseUrl, await ssoToCallback(t.baseUrl, 'pwp02@navdesk.test'));
      expect(landing.pathname + landing.search).toBe('/sign-in?reason=sso-unverified');
      expect(await sessionCount()).toBe(before);
    });

    it('refuses, by default, an e-mail sent without email_verified', async () => {
      const before = await sessionCount();
      const landing = await ssoCallback(t.baseUrl, await ssoToCallback(t.baseUrl, 'PWP03@NavDesk.test'));
      expect(landing.pathname + landing.search).toBe('/sign-in?reason=sso-unverified');
      expect(await sessionCount()).toBe(before);
    });

    it('refuses a deactivated account', async () => {
      await t.db.query(`UPDATE users SET active = false WHERE email = 'pwp05@navdesk.test'`);
      const before = await sessionCount();
      const landing = await ssoCallback(t.baseUrl, await ssoToCallback(t.baseUrl, 'pwp05@navdesk.test'));
      expect(landing.pathname + landing.search).toBe('/sign-in?reason=sso-inactive');
      expect(await sessionCount()).toBe(before);
    });

    it('describes its routes in the OpenAPI document', async () => {
      const doc = await t.call('GET', '/api/docs-json');
      expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/options', '/api/auth/oidc/login', '/api/auth/oidc/callback', '/api/auth/oidc/exchange']));
    });

    it('names the field of a bad exchange body', async () => {
      const res = await t.call('POST', '/api/auth/oidc/exchange', { body: { code: 5 } });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'code' })]);
    });
  });

  describe('trusting unverified e-mail (OIDC_TRUST_UNVERIFIED_EMAIL, OIDC_EMAIL_CLAIM=preferred_username)', () => {
    let t: ApiTestApp;

    beforeAll(async () => {
      t = await startApiTestApp({ label: 'oidctrust', seedDemo: true, env: ssoEnv({ OIDC_EMAIL_CLAIM: 'preferred_username', OIDC_TRUST_UNVERIFIED_EMAIL: 'true' }) });
    });

    afterAll(async () => {
      await t.close();
    });

    it('signs in, by the configured claim, a person whose provider sends no email_verified', async () => {
      const landing = await ssoCallback(t.baseUrl, await ssoToCallback(t.baseUrl, 'PWP03@NavDesk.test'));
      expect(landing.pathname).toBe('/sign-in/sso');
      const code = new URLSearchParams(landing.hash.slice(1)).get('code') ?? '';
      const exchanged = await t.call('POST', '/api/auth/oidc/exchange', { body: { code } });
      expect(exchanged.status).toBe(200);
      const login = exchanged.body as LoginResponse;
      // Matched on preferred_username, not on the email claim (pwp03.mail@nhs.test has no account).
      expect(login.user.email).toBe('pwp03@navdesk.test');
      expect((await t.call('GET', '/api/auth/me', { token: login.accessToken })).body.email).toBe('pwp03@navdesk.test');
    });

    it('still refuses an explicit email_verified: false', async () => {
      const landing = await ssoCallback(t.baseUrl, await ssoToCallback(t.baseUrl, 'pwp02@navdesk.test'));
      expect(landing.pathname + landing.search).toBe('/sign-in?reason=sso-unverified');
      const sessions = `SELECT count(*)::int AS n FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'pwp02@navdesk.test'`;
      expect(await t.db.query(sessions)).toEqual([{ n: 0 }]);
    });
  });

  describe('not configured', () => {
    let t: ApiTestApp;

    beforeAll(async () => {
      t = await startApiTestApp({ label: 'oidcoff', env: { OIDC_ISSUER_URL: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '', OIDC_REDIRECT_URL: '', LOCAL_PASSWORDS: 'enabled' } });
    });

    afterAll(async () => {
      await t.close();
    });

    it('answers 404 on the single sign-on routes and tells the console it is off', async () => {
      expect((await fetch(`${t.baseUrl}/api/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
      expect((await fetch(`${t.baseUrl}/api/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' })).status).toBe(404);
      expect((await t.call('GET', '/api/auth/options')).body).toEqual({ sso: false, localPasswords: 'enabled' });
    });
  });

  describe('break-glass local passwords', () => {
    let t: ApiTestApp;

    beforeAll(async () => {
      t = await startApiTestApp({ label: 'oidcglass', seedDemo: true, env: ssoEnv({ LOCAL_PASSWORDS: 'break-glass', BREAK_GLASS_ADMINS: 'Admin@navdesk.test' }) });
    });

    afterAll(async () => {
      await t.close();
    });

    it("refuses a non-listed person's password sign-in with 403, lets the listed admin in", async () => {
      const refused = await t.call('POST', '/api/auth/login', { body: { email: 'pwp01@navdesk.test', password: 'navdesk-demo' } });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/organisation account/);
      expect((await t.call('GET', '/api/auth/options')).body).toEqual({ sso: true, localPasswords: 'break-glass' });
      const admin = await t.signIn('admin@navdesk.test');
      expect(admin.user.role).toBe('admin');
    });
  });
});
