// A real OpenID provider (oidc-provider) for the integration tests, run as a child process because
// oidc-provider is an ES module only and Jest runs CommonJS (docs/toolchain-notes.md).
// Input (environment): OIDC_TEST_CLIENT = {client_id, client_secret, redirect_uris},
// OIDC_TEST_ACCOUNTS = [{sub, email, email_verified?, preferred_username?}] (email_verified left out is not
// sent, as Entra ID v2.0 does; preferred_username defaults to email). Output: one JSON line
// {"issuer": "..."} on stdout. Interactions log in at once as the account whose email or
// preferred_username is the authorization request's login_hint (no login form); consent is granted.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const client = JSON.parse(process.env.OIDC_TEST_CLIENT ?? '{}');
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '[]');

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{ ...client, grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' }],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    const account = accounts.find((a) => a.sub === sub);
    return (
      account && {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: account.email_verified, name: account.email, preferred_username: account.preferred_username ?? account.email }),
      }
    );
  },
});

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const account = accounts.find((a) => a.email === details.params.login_hint || a.preferred_username === details.params.login_hint);
    if (!account) return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'no such test account' });
    return provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
  }
  const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const callback = provider.callback();
server.on('request', (req, res) => {
  if (req.url?.startsWith('/interaction/')) {
    interaction(req, res).catch((e) => {
      res.statusCode = 500;
      res.end(String(e));
    });
    return;
  }
  callback(req, res);
});

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
