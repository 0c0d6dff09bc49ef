import type { ConformanceCall } from './conformance-calls';
import { DEMO, servicesOf, userId } from './demo-rows';

/** A patient of the demo PWP in a service the demo navigator also works for. */
const pwpPatient = (where = 'TRUE'): string =>
  `SELECT p.ref FROM patients p WHERE p.pwp_id = (${userId(DEMO.pwp)}) AND p.service_id IN (${servicesOf(DEMO.nav)}) AND ${where} ORDER BY p.ref LIMIT 1`;
/** One with no reset at all: asking for one is a new reset (202), never the one under way (200). */
const withoutResets = pwpPatient(`NOT EXISTS (SELECT 1 FROM login_resets r WHERE r.patient_id = p.id)`);
const navReset = `SELECT id::text FROM login_resets WHERE service_id IN (${servicesOf(DEMO.nav)}) ORDER BY created_at DESC LIMIT 1`;
/** An expired reset in the navigator's services whose patient has none under way: it may be sent again. */
const retryable = `SELECT r.id::text FROM login_resets r WHERE r.status = 'expired' AND r.service_id IN (${servicesOf(DEMO.nav)})
  AND NOT EXISTS (SELECT 1 FROM login_resets o WHERE o.patient_id = r.patient_id AND o.status IN ('queued', 'sent')) ORDER BY r.created_at LIMIT 1`;

export const RESET_CALLS: ConformanceCall[] = [
  { operation: 'POST /api/login-resets', as: DEMO.pwp, status: 202, path: () => '/api/login-resets', body: async (c) => ({ patientRef: await c.one(withoutResets), channel: 'email' }) },
  { operation: 'GET /api/login-resets', as: DEMO.nav, status: 200, path: () => '/api/login-resets?limit=20' },
  { operation: 'GET /api/login-resets/{id}', as: DEMO.nav, status: 200, path: async (c) => `/api/login-resets/${await c.one(navReset)}` },
  { operation: 'GET /api/login-resets/{id}/audit', as: DEMO.nav, status: 200, path: async (c) => `/api/login-resets/${await c.one(navReset)}/audit` },
  { operation: 'POST /api/login-resets/{id}/retry', as: DEMO.nav, status: 202, path: async (c) => `/api/login-resets/${await c.one(retryable)}/retry` },
  // The digital programme answers: the spec starts a stub of it (a programme that is down is a 503, the resets specs' business).
  { operation: 'GET /api/patients/{ref}/programme-account', as: DEMO.pwp, status: 200, path: async (c) => `/api/patients/${await c.one(pwpPatient())}/programme-account` },
  { operation: 'GET /api/patients/{ref}/login-resets', as: DEMO.pwp, status: 200, path: async (c) => `/api/patients/${await c.one(pwpPatient(`EXISTS (SELECT 1 FROM login_resets r WHERE r.patient_id = p.id)`))}/login-resets?limit=20` },
  {
    operation: 'POST /api/patients/{ref}/notification-changes',
    as: DEMO.nav,
    status: 202,
    path: async (c) => `/api/patients/${await c.one(pwpPatient())}/notification-changes`,
    body: () => ({ reminderFrequency: 'every_2_days', quietHours: { from: '21:00', to: '08:00' }, reason: 'Patient finds daily reminders overwhelming' }),
  },
  { operation: 'GET /api/patients/{ref}/notification-changes', as: DEMO.pwp, status: 200, path: async (c) => `/api/patients/${await c.one(pwpPatient())}/notification-changes` },
];
