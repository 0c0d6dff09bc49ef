import type { ConformanceCall } from './conformance-calls';
import { DEMO } from './demo-rows';

const report = (name: string, query = ''): ConformanceCall => ({ operation: `GET /api/reports/${name}`, as: DEMO.manager, status: 200, path: () => `/api/reports/${name}${query}` });
let exportId: string | undefined;

export const REPORT_CALLS: ConformanceCall[] = [
  report('overview'),
  report('usability-trends', '?interval=month&groupBy=category'),
  report('incidents', '?limit=5'),
  report('operations'),
  report('training'),
  report('engagement'),
  report('tailoring'),
  report('outcomes'),
  // A navigator's outcomes carry the per-PWP figures a manager's leave out.
  { ...report('outcomes'), as: DEMO.nav },
  report('vendor-pack'),
  {
    operation: 'POST /api/reports/exports',
    as: DEMO.manager,
    status: 202,
    path: () => '/api/reports/exports',
    body: () => ({ report: 'incidents', format: 'csv', params: { from: '2026-09-01', to: '2026-11-30' } }),
  },
  {
    operation: 'GET /api/reports/exports/{id}',
    as: DEMO.manager,
    status: 200,
    path: async (c) => {
      exportId ??= ((await c.t.call('POST', '/api/reports/exports', { token: await c.token(DEMO.manager), body: { report: 'operations', format: 'csv', params: {} } })).body as { id: string }).id;
      return `/api/reports/exports/${exportId}`;
    },
  },
];
