import type { AuditEntry } from '@navdesk/server/audit';

/** What one of bull-board's API calls did, as an audit row names it (never the job's data). */
export type DashboardAuditTarget = Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'detail'>;

/** bull-board's mutating routes (`<method> <route>` as it declares them) and the action each is. */
const ACTIONS: Readonly<Record<string, string>> = {
  'put /api/queues/pause': 'queues.pause_all',
  'put /api/queues/resume': 'queues.resume_all',
  'post /api/queues/:queueName/add': 'queues.add',
  'put /api/queues/:queueName/retry/:queueStatus': 'queues.retry',
  'put /api/queues/:queueName/promote': 'queues.promote',
  'put /api/queues/:queueName/clean/:queueStatus': 'queues.clean',
  'put /api/queues/:queueName/pause': 'queues.pause',
  'put /api/queues/:queueName/resume': 'queues.resume',
  'put /api/queues/:queueName/concurrency': 'queues.concurrency_set',
  'put /api/queues/:queueName/rate-limit': 'queues.rate_limit_set',
  'put /api/queues/:queueName/rate-limit/release': 'queues.rate_limit_release',
  'put /api/queues/:queueName/empty': 'queues.empty',
  'put /api/queues/:queueName/obliterate': 'queues.obliterate',
  'put /api/queues/:queueName/job-schedulers/:schedulerId/remove': 'queues.scheduler_remove',
  'patch /api/queues/:queueName/job-schedulers/:schedulerId': 'queues.scheduler_update',
  'put /api/queues/:queueName/job-schedulers/:schedulerId/run': 'queues.scheduler_run',
  'put /api/queues/:queueName/:jobId/retry': 'queues.retry',
  'put /api/queues/:queueName/:jobId/clean': 'queues.remove',
  'put /api/queues/:queueName/:jobId/promote': 'queues.promote',
  'patch /api/queues/:queueName/:jobId/update-data': 'queues.job_data_update',
  'patch /api/queues/:queueName/:jobId/delay': 'queues.delay_change',
  'patch /api/queues/:queueName/:jobId/priority': 'queues.priority_change',
  'put /api/queues/:queueName/:jobId/remove-unprocessed-children': 'queues.children_remove',
  'post /api/metrics/history/purge': 'queues.history_purge',
};

/** Route parameters named in the row: which queue, job, state or schedule; ids and names only. */
const PARAMS: Readonly<Record<string, string>> = {
  jobId: 'jobId',
  queueStatus: 'status',
  schedulerId: 'schedulerId',
};

/** Long enough for any id we make; a longer one is someone's typing, not worth storing whole. */
const MAX_PARAM_LENGTH = 200;

export function isMutating(method: string): boolean {
  return method.toLowerCase() !== 'get';
}

/**
 * The audit row for a call of bull-board's API, or null for a read. A mutating route this table does
 * not know (a later bull-board's) is still recorded, under `queues.<method>` with its route.
 */
export function dashboardAuditTarget(method: string, route: string, params: Readonly<Record<string, unknown>>): DashboardAuditTarget | null {
  if (!isMutating(method)) return null;
  const key = `${method.toLowerCase()} ${route}`;
  const action = ACTIONS[key] ?? `queues.${method.toLowerCase()}`;
  const detail: Record<string, string> = {};
  for (const [param, field] of Object.entries(PARAMS)) {
    const value = params[param];
    if (typeof value === 'string' && value) detail[field] = value.slice(0, MAX_PARAM_LENGTH);
  }
  if (!ACTIONS[key]) detail['route'] = route;
  const queue = typeof params['queueName'] === 'string' ? params['queueName'].slice(0, MAX_PARAM_LENGTH) : undefined;
  return {
    action,
    entityType: 'queue',
    ...(queue ? { entityId: queue } : {}),
    detail,
  };
}
