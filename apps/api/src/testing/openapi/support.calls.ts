import type { CallContext, ConformanceCall } from './conformance-calls';
import { DEMO, servicesOf } from './demo-rows';

const navService = (c: CallContext) => c.one(`SELECT service_id::text FROM (${servicesOf(DEMO.nav)} LIMIT 1) s`);
const incident = (status: string) => `SELECT id::text FROM incidents WHERE status = '${status}' AND service_id IN (${servicesOf(DEMO.nav)}) ORDER BY created_at LIMIT 1`;
const incidentVersion = (c: CallContext, id: string) => c.one(`SELECT version::text FROM incidents WHERE id = '${id}'`);
const rulesInForce = async (c: CallContext) => (await c.t.call('GET', '/api/admin/triage-rules', { token: await c.token(DEMO.admin) })).body as { version: number; rules: unknown[] };

export const SUPPORT_CALLS: ConformanceCall[] = [
  { operation: 'GET /api/kb/articles', as: DEMO.pwp, status: 200, path: () => '/api/kb/articles?limit=5' },
  { operation: 'GET /api/kb/articles/{id}', as: DEMO.pwp, status: 200, path: async (c) => `/api/kb/articles/${await c.one('SELECT id::text FROM kb_articles ORDER BY title LIMIT 1')}` },
  {
    operation: 'POST /api/kb/articles',
    as: DEMO.nav,
    status: 201,
    path: () => '/api/kb/articles',
    body: () => ({ title: 'Resetting the app’s cache', summary: 'When modules will not load', body: 'Open Settings, then Storage, then Clear cache.', category: 'app_crash', tags: ['cache'] }),
  },
  { operation: 'GET /api/canned-replies', as: DEMO.nav, status: 200, path: () => '/api/canned-replies' },
  { operation: 'POST /api/canned-replies', as: DEMO.nav, status: 201, path: () => '/api/canned-replies', body: async (c) => ({ title: 'Update the app', body: 'Please update the app to the latest version.', serviceId: await navService(c) }) },
  { operation: 'GET /api/navigators', as: DEMO.manager, status: 200, path: () => '/api/navigators' },
  { operation: 'GET /api/incidents', as: DEMO.manager, status: 200, path: () => '/api/incidents?limit=10' },
  { operation: 'GET /api/incidents/{id}', as: DEMO.nav, status: 200, path: async (c) => `/api/incidents/${await c.one(incident('open'))}` },
  {
    operation: 'PATCH /api/incidents/{id}',
    as: DEMO.nav,
    status: 200,
    path: async (c) => `/api/incidents/${await c.one(incident('open'))}`,
    body: async (c) => ({ version: Number(await incidentVersion(c, await c.one(incident('open')))), fixability: 'not_fixable' }),
  },
  {
    operation: 'POST /api/incidents/{id}/merge',
    as: DEMO.nav,
    status: 200,
    path: async (c) => `/api/incidents/${await c.one(incident('open'))}/merge`,
    body: async (c) => {
      const target = await c.one(incident('open'));
      const source = await c.one(`SELECT id::text FROM incidents WHERE id <> '${target}' AND service_id = (SELECT service_id FROM incidents WHERE id = '${target}') AND status = 'open' ORDER BY created_at LIMIT 1`);
      return { version: Number(await incidentVersion(c, target)), sourceIncidentId: source };
    },
  },
  { operation: 'GET /api/admin/triage-rules', as: DEMO.admin, status: 200, path: () => '/api/admin/triage-rules' },
  { operation: 'POST /api/admin/triage-rules/preview', as: DEMO.admin, status: 200, path: () => '/api/admin/triage-rules/preview', body: async (c) => ({ rules: (await rulesInForce(c)).rules.slice(1) }) },
  {
    operation: 'PUT /api/admin/triage-rules',
    as: DEMO.admin,
    status: 200,
    path: () => '/api/admin/triage-rules',
    body: async (c) => {
      const current = await rulesInForce(c);
      return { version: current.version, rules: current.rules };
    },
  },
];
