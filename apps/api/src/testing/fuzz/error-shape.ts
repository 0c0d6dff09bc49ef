/** Why a 4xx body is not the contract's `{statusCode, error, message, details?: [{field, message}]}`, or null when it is. */
export function errorShapeProblem(status: number, body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not a JSON object';
  const b = body as Record<string, unknown>;
  if (b['statusCode'] !== status) return `statusCode ${String(b['statusCode'])} differs from the HTTP status`;
  if (typeof b['error'] !== 'string' || !b['error']) return 'error is not a string';
  if (typeof b['message'] !== 'string' || !b['message']) return 'message is not a string';
  const extra = Object.keys(b).filter((k) => !['statusCode', 'error', 'message', 'details'].includes(k));
  if (extra.length) return `unexpected keys ${extra.join(', ')}`;
  if (b['details'] === undefined) return null;
  if (!Array.isArray(b['details'])) return 'details is not a list';
  const bad = b['details'].find((d: unknown) => typeof d !== 'object' || d === null || typeof (d as { field?: unknown }).field !== 'string' || typeof (d as { message?: unknown }).message !== 'string');
  return bad === undefined ? null : `a detail is not {field, message}: ${JSON.stringify(bad)}`;
}
