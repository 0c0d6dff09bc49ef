import { demoProgrammeKey } from '@navdesk/server/demo';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

/** `GET /api/patients/:ref/engagement?from&to` as the README and the contract write it. */
describe('a patient’s engagement over a window', () => {
  let t: ApiTestApp;
  let pwp: string;
  let ref: string;
  const get = (query: string) => t.call('GET', `/api/patients/${ref}/engagement${query}`, { token: pwp });

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'engwindow', seedDemo: true });
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = p.accessToken;
    const [service] = (await t.db.query(`SELECT code FROM services WHERE id = $1`, [p.user.serviceIds[0]])) as { code: string }[];
    ref = ((await t.db.query(`SELECT ref FROM patients WHERE pwp_id = $1 ORDER BY ref LIMIT 1`, [p.user.id])) as { ref: string }[])[0]?.ref ?? '';
    const events = ['2026-01-10T09:00:00Z', '2026-01-31T23:30:00Z', '2026-02-01T00:30:00Z', '2025-01-15T09:00:00Z'].map((occurredAt, i) => ({ eventId: `window-${i}`, patientRef: ref, type: 'login', occurredAt }));
    const sent = await t.call('POST', '/api/engagement/events', { token: demoProgrammeKey(service?.code ?? ''), body: { events } });
    expect(sent.status).toBe(202);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('takes plain dates, counting the whole of the `to` day', async () => {
    const res = await get('?from=2026-01-01&to=2026-01-31');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' });
    expect(res.body.logins).toEqual(['2026-01-10T09:00:00.000Z', '2026-01-31T23:30:00.000Z']);
  });

  it('takes date-times, with or without an offset', async () => {
    const res = await get(`?from=${encodeURIComponent('2026-01-31T12:00:00Z')}&to=${encodeURIComponent('2026-02-01T02:00:00+01:00')}`);
    expect(res.status).toBe(200);
    expect(res.body.logins).toEqual(['2026-01-31T23:30:00.000Z', '2026-02-01T00:30:00.000Z']);
  });

  it('refuses dates that are not on the calendar, naming the field', async () => {
    for (const [query, field] of [
      ['?from=2026-02-30', 'from'],
      ['?from=2026-01-01&to=2026-02-30T10:00:00Z', 'to'],
      ['?from=yesterday', 'from'],
      ['?to=2026-13-01', 'to'],
    ]) {
      const res = await get(query as string);
      expect({ query, status: res.status, field: res.body.details?.[0]?.field }).toEqual({ query, status: 400, field });
    }
  });

  it('refuses a window that runs backwards, or is longer than 12 months', async () => {
    const backwards = await get('?from=2026-02-01&to=2026-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.details).toEqual([{ field: 'from', message: 'from must not be after to' }]);
    const tooLong = await get('?from=2025-01-01&to=2026-01-01');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details[0].field).toBe('to');
    const year = await get('?from=2025-01-01&to=2025-12-31');
    expect(year.status).toBe(200);
    expect(year.body.logins).toEqual(['2025-01-15T09:00:00.000Z']);
  });
});
