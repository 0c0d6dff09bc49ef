import { assignRequestId } from './request-id';

function response() {
  const headers = new Map<string, string>();
  return { headers, setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value) };
}

describe('assignRequestId', () => {
  it("keeps a caller's sane X-Request-Id, on the request and in the response", () => {
    const req: { id?: unknown; headers: Record<string, string> } = { headers: { 'x-request-id': 'proxy-7f3a9c21' } };
    const res = response();
    expect(assignRequestId(req, res)).toBe('proxy-7f3a9c21');
    expect(req.id).toBe('proxy-7f3a9c21');
    expect(res.headers.get('x-request-id')).toBe('proxy-7f3a9c21');
  });

  it('gives a new uuid in place of an odd one (too short, or characters that could forge log lines)', () => {
    for (const given of ['short', 'line\nbreak-injected-here', 'x'.repeat(65)]) {
      const res = response();
      const id = assignRequestId({ headers: { 'x-request-id': given } }, res);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(res.headers.get('x-request-id')).toBe(id);
    }
  });

  it('answers the id already given, so the logger and the audit log agree whichever runs first', () => {
    const req: { id?: unknown; headers: Record<string, string> } = { headers: {} };
    const first = assignRequestId(req, response());
    const res = response();
    expect(assignRequestId(req, res)).toBe(first);
    expect(res.headers.size).toBe(0);
  });
});
