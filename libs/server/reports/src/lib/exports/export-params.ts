import { REPORT_GROUPINGS, REPORT_INTERVALS, type ApiErrorDetail, type ReportName } from '@navdesk/contracts';

const ALLOWED: Record<ReportName, readonly string[]> = {
  'usability-trends': ['from', 'to', 'serviceId', 'interval', 'groupBy'],
  incidents: ['from', 'to', 'serviceId', 'limit'],
  operations: ['from', 'to', 'serviceId'],
  training: ['from', 'to', 'serviceId'],
  engagement: ['from', 'to', 'serviceId'],
  tailoring: ['from', 'to', 'serviceId'],
  'vendor-pack': ['from', 'to', 'serviceId'],
};

/** An export's params are the report's own query: only its keys, as text, with valid enums (dates are checked by the window). */
export function exportParamProblems(report: ReportName, params: Record<string, unknown>): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (!ALLOWED[report].includes(key)) problems.push({ field: `params.${key}`, message: `${key} is not a parameter of the ${report} report` });
    else if (typeof value !== 'string') problems.push({ field: `params.${key}`, message: `${key} must be text` });
  }
  if (params['interval'] !== undefined && !(REPORT_INTERVALS as readonly unknown[]).includes(params['interval'])) problems.push({ field: 'params.interval', message: 'interval must be day, week or month' });
  if (params['groupBy'] !== undefined && !(REPORT_GROUPINGS as readonly unknown[]).includes(params['groupBy'])) problems.push({ field: 'params.groupBy', message: 'groupBy must be theme or category' });
  if (params['limit'] !== undefined && !/^([1-9]|[1-4]\d|50)$/.test(String(params['limit']))) problems.push({ field: 'params.limit', message: 'limit must be a whole number from 1 to 50' });
  if (params['serviceId'] !== undefined && !/^[0-9a-f-]{36}$/i.test(String(params['serviceId']))) problems.push({ field: 'params.serviceId', message: 'serviceId must be a service id' });
  return problems;
}
