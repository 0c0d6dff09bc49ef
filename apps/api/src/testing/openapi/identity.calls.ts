import { DEMO_PASSWORD } from '@navdesk/server/demo';
import { OidcHandoffStore } from '@navdesk/server/identity';
import type { CallContext, ConformanceCall } from './conformance-calls';
import { DEMO, servicesOf, userId } from './demo-rows';

/** Signs in and out on its own sessions: nobody else in the spec uses this PWP. */
const LONE_PWP = 'pwp05@navdesk.test';
/** Made by POST /api/users here, so deactivating it takes no one's access away. */
const NEW_PERSON = 'conformance.person@navdesk.test';
const newPerson = (c: CallContext): Promise<string> => c.one(`SELECT id::text FROM (${userId(NEW_PERSON)}) u`);

/** Sign-in, people, services and integration keys. POST /api/auth/logout and the other 204s have no answer to check. */
export const IDENTITY_CALLS: ConformanceCall[] = [
  { operation: 'GET /api/auth/options', as: DEMO.nav, status: 200, path: () => '/api/auth/options' },
  { operation: 'POST /api/auth/login', as: DEMO.admin, status: 200, path: () => '/api/auth/login', body: () => ({ email: LONE_PWP, password: DEMO_PASSWORD }) },
  { operation: 'GET /api/auth/me', as: DEMO.nav, status: 200, path: () => '/api/auth/me' },
  // An address with no account: the same answer, and no e-mail to anyone.
  { operation: 'POST /api/auth/forgot-password', as: DEMO.admin, status: 202, path: () => '/api/auth/forgot-password', body: () => ({ email: 'nobody@navdesk.test' }) },
  {
    // The callback of a real sign-on stores the login answer under a one-time code; this stands in for it.
    operation: 'POST /api/auth/oidc/exchange',
    as: DEMO.admin,
    status: 200,
    path: () => '/api/auth/oidc/exchange',
    body: async (c) => ({ code: await c.t.app.get(OidcHandoffStore, { strict: false }).put(await c.t.signIn(LONE_PWP)) }),
  },
  { operation: 'GET /api/services', as: DEMO.nav, status: 200, path: () => '/api/services?limit=10' },
  { operation: 'GET /api/users', as: DEMO.admin, status: 200, path: () => '/api/users?limit=20' },
  {
    operation: 'POST /api/users',
    as: DEMO.admin,
    status: 201,
    path: () => '/api/users',
    body: async (c) => ({
      email: NEW_PERSON,
      name: 'Casey Conformance',
      role: 'pwp',
      serviceIds: [await c.one(`SELECT service_id::text FROM (${servicesOf(DEMO.pwp)} LIMIT 1) s`)],
      password: 'a long enough phrase',
    }),
  },
  { operation: 'GET /api/users/{id}', as: DEMO.admin, status: 200, path: async (c) => `/api/users/${await newPerson(c)}` },
  { operation: 'PATCH /api/users/{id}', as: DEMO.admin, status: 200, path: async (c) => `/api/users/${await newPerson(c)}`, body: () => ({ name: 'Casey Conformance-Smith' }) },
  // No body: most deactivations name no replacement navigator.
  { operation: 'POST /api/users/{id}/deactivate', as: DEMO.admin, status: 200, path: async (c) => `/api/users/${await newPerson(c)}/deactivate` },
  { operation: 'POST /api/users/{id}/reactivate', as: DEMO.admin, status: 200, path: async (c) => `/api/users/${await newPerson(c)}/reactivate` },
  {
    operation: 'POST /api/integration-keys',
    as: DEMO.admin,
    status: 201,
    path: () => '/api/integration-keys',
    body: async (c) => ({ serviceId: await c.one(`SELECT service_id::text FROM (${servicesOf(DEMO.nav)} LIMIT 1) s`), name: 'Conformance feed' }),
  },
  { operation: 'GET /api/integration-keys', as: DEMO.admin, status: 200, path: () => '/api/integration-keys' },
];
