import type { ConformanceCall } from './conformance-calls';
import { DEMO } from './demo-rows';

/** The bell. POST /api/notifications/read answers 204, nothing to check. */
export const NOTIFICATION_CALLS: ConformanceCall[] = [
  { operation: 'GET /api/notifications', as: DEMO.pwp, status: 200, path: () => '/api/notifications?limit=20' },
  { operation: 'GET /api/notifications/summary', as: DEMO.nav, status: 200, path: () => '/api/notifications/summary' },
];
