import type { ConformanceCall } from './conformance-calls';
import { DEMO, servicesOf, userId } from './demo-rows';

const ADDED_MODULE = 'm10-staying-well';
/** A patient of the demo PWP with no tailoring request yet and room to add a module. */
const untailoredPatient = `SELECT p.ref FROM patients p WHERE p.pwp_id = (${userId(DEMO.pwp)}) AND NOT ('${ADDED_MODULE}' = ANY (p.mandatory_modules))
  AND NOT EXISTS (SELECT 1 FROM tailoring_requests r WHERE r.patient_id = p.id) ORDER BY p.ref LIMIT 1`;
/** The newest request of a status in the navigator's services: the one made here, once it exists. */
const navRequest = (status: string, column = 'id') =>
  `SELECT ${column}::text FROM tailoring_requests WHERE status = '${status}' AND service_id IN (${servicesOf(DEMO.nav)}) ORDER BY created_at DESC LIMIT 1`;

/** A PWP asks, a navigator approves; the programme's refusal is written to the row (no worker runs here) so it can be retried. */
export const TAILORING_CALLS: ConformanceCall[] = [
  {
    operation: 'POST /api/tailoring-requests',
    as: DEMO.pwp,
    status: 201,
    path: () => '/api/tailoring-requests',
    body: async (c) => ({ patientRef: await c.one(untailoredPatient), action: 'add', moduleId: ADDED_MODULE, reason: 'Wants a relapse plan before discharge' }),
  },
  { operation: 'GET /api/tailoring-requests', as: DEMO.nav, status: 200, path: () => '/api/tailoring-requests?limit=20' },
  { operation: 'GET /api/tailoring-requests/{id}', as: DEMO.nav, status: 200, path: async (c) => `/api/tailoring-requests/${await c.one(`SELECT id::text FROM tailoring_requests WHERE service_id IN (${servicesOf(DEMO.nav)}) ORDER BY created_at LIMIT 1`)}` },
  {
    operation: 'PATCH /api/tailoring-requests/{id}',
    as: DEMO.nav,
    status: 200,
    path: async (c) => `/api/tailoring-requests/${await c.one(navRequest('pending'))}`,
    body: async (c) => ({ version: Number(await c.one(navRequest('pending', 'version'))), decision: 'approved', note: 'Agreed: a relapse plan suits the ending' }),
  },
  {
    operation: 'POST /api/tailoring-requests/{id}/retry',
    as: DEMO.nav,
    status: 202,
    path: async (c) => {
      const failed = await c.one(
        `WITH f AS (UPDATE tailoring_requests SET status = 'failed', attempts = 3, failed_at = now(), last_error = 'The programme did not answer'
           WHERE id = (${navRequest('queued', 'id').replace('::text', '')}) RETURNING id) SELECT id::text FROM f`,
      );
      return `/api/tailoring-requests/${failed}/retry`;
    },
  },
  {
    operation: 'GET /api/patients/{ref}/tailoring-requests',
    as: DEMO.pwp,
    status: 200,
    path: async (c) => `/api/patients/${await c.one(`SELECT p.ref FROM tailoring_requests r JOIN patients p ON p.id = r.patient_id WHERE r.requested_by_id = (${userId(DEMO.pwp)}) ORDER BY r.created_at DESC LIMIT 1`)}/tailoring-requests`,
  },
];
