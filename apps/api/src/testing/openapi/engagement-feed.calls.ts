import type { CallContext, ConformanceCall } from './conformance-calls';
import { DEMO, servicesOf } from './demo-rows';

const service = (c: CallContext) => c.one(`SELECT service_id::text FROM (${servicesOf(DEMO.pwp)} LIMIT 1) s`);
let key: Promise<string> | undefined;

/** An integration key of pwp01's service, made once by the admin, as a trust's IT team would. */
function integrationKey(c: CallContext): Promise<string> {
  key ??= (async () => {
    const res = await c.t.call('POST', '/api/integration-keys', { token: await c.token(DEMO.admin), body: { serviceId: await service(c), name: 'Conformance feed' } });
    return (res.body as { key: string }).key;
  })();
  return key;
}

const patientOfPwp = (c: CallContext) => c.one(`SELECT p.ref FROM patients p JOIN users u ON u.id = p.pwp_id WHERE u.email = '${DEMO.pwp}' ORDER BY p.ref LIMIT 1`);

export const ENGAGEMENT_FEED_CALLS: ConformanceCall[] = [
  {
    operation: 'POST /api/engagement/events',
    as: 'an integration key',
    token: integrationKey,
    status: 202,
    path: () => '/api/engagement/events',
    body: async (c) => ({ events: [{ eventId: `conformance-${Date.now()}`, patientRef: await patientOfPwp(c), type: 'login', occurredAt: new Date().toISOString() }] }),
  },
  {
    operation: 'PUT /api/patients/{ref}',
    as: 'an integration key',
    token: integrationKey,
    status: 201,
    path: () => '/api/patients/P-CNF2MX',
    body: async (c) => ({ pwpId: await c.one(`SELECT id::text FROM users WHERE email = '${DEMO.pwp}'`), sessions: [{ startsAt: '2026-12-20T10:00:00Z', mode: 'face_to_face' }] }),
  },
];
