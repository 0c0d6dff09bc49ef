import { demoProgrammeKey } from '@navdesk/server/demo';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

const MiB = 1024 * 1024;
const forge = (key: unknown): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** A batch of valid events padded with whitespace (valid JSON) to about `bytes`. */
function paddedBatch(refs: string[], count: number, bytes: number, tag: string): string {
  const pad = ' '.repeat(Math.floor(bytes / count));
  const events = Array.from({ length: count }, (_, i) => pad + JSON.stringify({ eventId: `${tag}-${i}`, patientRef: refs[i % refs.length], type: 'login', occurredAt: '2026-01-15T09:00:00Z' }));
  return `{"events":[${events.join(',')}]}`;
}

/** What the issue saw answering 500, through HTTP: each is now a 400 naming its field, or within the contract's limits. */
describe('hostile input: a 400 naming the field, never a 500', () => {
  let t: ApiTestApp;
  let key: string;
  let pwp: string;
  let navigator: string;
  let admin: string;
  let refs: string[];

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'hostile', seedDemo: true });
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = p.accessToken;
    navigator = (await t.signIn('nav1@navdesk.test')).accessToken;
    admin = (await t.signIn('admin@navdesk.test')).accessToken;
    const [service] = (await t.db.query(`SELECT code FROM services WHERE id = $1`, [p.user.serviceIds[0]])) as { code: string }[];
    key = demoProgrammeKey(service?.code ?? '');
    refs = ((await t.db.query(`SELECT ref FROM patients WHERE pwp_id = $1 ORDER BY ref`, [p.user.id])) as { ref: string }[]).map((r) => r.ref);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses cursors whose values were swapped for look-alikes of the same type, on each list', async () => {
    const users = await t.call('GET', '/api/users?limit=1', { token: admin });
    const [email, id] = JSON.parse(Buffer.from(users.body.nextCursor, 'base64url').toString('utf8')) as [string, string];
    const tickets = await t.call('GET', '/api/tickets?limit=1', { token: navigator });
    const [due, created, ticketId] = JSON.parse(Buffer.from(tickets.body.nextCursor, 'base64url').toString('utf8')) as [string, string, string];
    const forged: [string, string][] = [
      ['/api/users', forge([email, '-'.repeat(36)])],
      ['/api/users', forge([email, 42])],
      ['/api/services', forge(['ZZZ', `${id.slice(0, -1)}x`])],
      ['/api/tickets', forge([due, '2026-02-30T10:00:00.000Z', ticketId])],
      ['/api/tickets', forge(['0000-01-01T00:00:00.000Z', created, ticketId])],
      ['/api/flags', forge(['2026-01-01T25:00:00.000Z', ticketId])],
      ['/api/patients', forge(['P-AAA\u0000', 'P-AAAAAA'])],
      ['/api/patients?sort=flags', forge(['-3', 'P-AAAAAA'])],
    ];
    for (const [list, cursor] of forged) {
      const token = list.startsWith('/api/users') || list.startsWith('/api/services') ? admin : list.startsWith('/api/patients') ? pwp : navigator;
      const res = await t.call('GET', `${list}${list.includes('?') ? '&' : '?'}cursor=${cursor}`, { token });
      expect({ list, status: res.status, details: res.body.details }).toEqual({ list, status: 400, details: [{ field: 'cursor', message: 'cursor is not one this list gave out' }] });
    }
    // The real cursor still turns the page.
    expect((await t.call('GET', `/api/tickets?limit=1&cursor=${tickets.body.nextCursor}`, { token: navigator })).status).toBe(200);
  });

  it('checks ids as real uuids in query filters', async () => {
    const dashes = await t.call('GET', `/api/tickets?assigneeId=${'-'.repeat(36)}`, { token: navigator });
    expect(dashes.status).toBe(400);
    expect(dashes.body.details).toEqual([{ field: 'assigneeId', message: 'assigneeId must be a user id or "unassigned"' }]);
    expect((await t.call('GET', '/api/tickets?assigneeId=unassigned', { token: navigator })).status).toBe(200);
  });

  it('refuses an event dated 2026-02-30 by its index and field, and stores none of the batch', async () => {
    const events = [
      { eventId: 'feb-ok', patientRef: refs[0], type: 'login', occurredAt: '2026-02-28T10:00:00Z' },
      { eventId: 'feb-30', patientRef: refs[0], type: 'login', occurredAt: '2026-02-30T10:00:00Z' },
    ];
    const res = await t.call('POST', '/api/engagement/events', { token: key, body: { events } });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'events[1].occurredAt', message: 'events[1].occurredAt must be a real ISO 8601 date-time' }]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM engagement_events WHERE event_id LIKE 'feb-%'`);
    expect(n).toBe(0);
  });

  it('accepts an engagement batch of ~9.5 MiB, refuses one over 10 MiB, and keeps 1 MiB for every other route', async () => {
    const headers = { 'content-type': 'application/json' };
    const big = paddedBatch(refs, 400, 9.5 * MiB, 'big');
    expect(big.length).toBeGreaterThan(9.4 * MiB);
    const accepted = await t.call('POST', '/api/engagement/events', { token: key, rawBody: big, headers });
    expect(accepted.status).toBe(202);
    expect(accepted.body.accepted).toBe(400);
    const tooBig = await t.call('POST', '/api/engagement/events', { token: key, rawBody: paddedBatch(refs, 400, 10.2 * MiB, 'huge'), headers });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' });
    const ticket = JSON.stringify({ kind: 'tech_support', title: 'Too long', description: 'x'.repeat(MiB), serviceId: refs[0] });
    const overOne = await t.call('POST', '/api/tickets', { token: pwp, rawBody: ticket, headers });
    expect(overOne.status).toBe(413);
    expect(overOne.body.statusCode).toBe(413);
  });
});
