import type { ConformanceCall } from './conformance-calls';
import { DEMO } from './demo-rows';

export const OPERATIONS_CALLS: ConformanceCall[] = [
  { operation: 'GET /api/health/live', as: 'no one', token: async () => '', status: 200, path: () => '/api/health/live' },
  { operation: 'GET /api/health', as: 'no one', token: async () => '', status: 200, path: () => '/api/health' },
  { operation: 'GET /api/admin/failed-jobs', as: DEMO.admin, status: 200, path: () => '/api/admin/failed-jobs' },
  { operation: 'GET /api/admin/outbound-emails', as: DEMO.admin, status: 200, path: () => '/api/admin/outbound-emails?limit=5' },
  { operation: 'GET /api/admin/schedules', as: DEMO.admin, status: 200, path: () => '/api/admin/schedules' },
];
