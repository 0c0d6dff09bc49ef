import type { CallContext, ConformanceCall } from './conformance-calls';
import { DEMO, servicesOf } from './demo-rows';

const patientOf = (email: string) => `SELECT p.ref FROM patients p JOIN users u ON u.id = p.pwp_id WHERE u.email = '${email}' ORDER BY p.ref LIMIT 1`;
/** pwp01's first patient, with a face-to-face session an hour from now (whatever day the demo was seeded), so a brief is due. */
async function briefed(c: CallContext): Promise<string> {
  await c.one(
    `WITH p AS (${patientOf(DEMO.pwp).replace('SELECT p.ref', 'SELECT p.id')}),
          added AS (INSERT INTO patient_sessions (patient_id, number, starts_at, mode) SELECT id, 12, now() + interval '1 hour', 'face_to_face' FROM p RETURNING patient_id)
     SELECT patient_id::text FROM added`,
  );
  return c.one(patientOf(DEMO.pwp));
}
const patientPath = async (c: CallContext, tail = '') => `/api/patients/${await c.one(patientOf(DEMO.pwp))}${tail}`;
const navService = (c: CallContext) => c.one(`SELECT service_id::text FROM (${servicesOf(DEMO.nav)} LIMIT 1) s`);
let flag: Promise<string> | undefined;

/** An open flag on pwp01's first patient, as the worker's evaluation raises one (this spec runs no worker). */
function openFlag(c: CallContext): Promise<string> {
  flag ??= c.one(
    `WITH p AS (${patientOf(DEMO.pwp).replace('SELECT p.ref', 'SELECT p.id, p.service_id')}),
          raised AS (INSERT INTO patient_flags (patient_id, service_id, kind, cause, detail) SELECT id, service_id, 'no_login', 'disengagement', 'No log-in for 9 days' FROM p RETURNING id)
     SELECT id::text FROM raised`,
  );
  return flag;
}

export const PATIENT_CALLS: ConformanceCall[] = [
  { operation: 'GET /api/patients', as: DEMO.nav, status: 200, path: () => '/api/patients?limit=50&sort=flags' },
  { operation: 'GET /api/patients/{ref}', as: DEMO.pwp, status: 200, path: (c) => patientPath(c) },
  { operation: 'GET /api/patients/{ref}/engagement', as: DEMO.pwp, status: 200, path: (c) => patientPath(c, '/engagement') },
  { operation: 'GET /api/patients/{ref}/flags', as: DEMO.nav, status: 200, path: async (c) => (await openFlag(c), patientPath(c, '/flags')) },
  { operation: 'GET /api/patients/{ref}/tickets', as: DEMO.nav, status: 200, path: (c) => patientPath(c, '/tickets') },
  { operation: 'GET /api/patients/{ref}/access-log', as: DEMO.nav, status: 200, path: (c) => patientPath(c, '/access-log') },
  { operation: 'GET /api/patients/{ref}/brief', as: DEMO.pwp, status: 200, path: async (c) => `/api/patients/${await briefed(c)}/brief` },
  { operation: 'GET /api/briefs/today', as: DEMO.pwp, status: 200, path: () => '/api/briefs/today' },
  { operation: 'GET /api/flags', as: DEMO.nav, status: 200, path: async (c) => (await openFlag(c), '/api/flags?status=open') },
  { operation: 'POST /api/flags/{id}/acknowledge', as: DEMO.nav, status: 200, path: async (c) => `/api/flags/${await openFlag(c)}/acknowledge`, body: () => ({ note: 'Called the PWP; the patient is travelling' }) },
  { operation: 'GET /api/services/{id}/flag-thresholds', as: DEMO.nav, status: 200, path: async (c) => `/api/services/${await navService(c)}/flag-thresholds` },
  {
    operation: 'PUT /api/services/{id}/flag-thresholds',
    as: DEMO.nav,
    status: 200,
    path: async (c) => `/api/services/${await navService(c)}/flag-thresholds`,
    body: () => ({ noLoginDays: 7, moodDropPoints: 3, moodDropWindowDays: 7, noMoodDays: 5, burdenDismissals: 10, burdenWindowDays: 7 }),
  },
];
