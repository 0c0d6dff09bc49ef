import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { ApiExceptionFilter, createValidationPipe } from '@navdesk/server/core';
import { ProgrammeSimModule } from './programme-sim.module';

const KEY = 'programme-sim-test-key-123';

describe('programme simulator over HTTP', () => {
  let app: INestApplication;
  let base: string;
  const call = async (method: string, path: string, body?: unknown, key = KEY) => {
    const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    process.env['PROGRAMME_SIM_API_KEY'] = KEY;
    const moduleRef = await Test.createTestingModule({ imports: [ProgrammeSimModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
  });

  it('needs the API key', async () => {
    expect((await call('GET', '/accounts/P-7QK2M9', undefined, 'wrong-key')).status).toBe(401);
  });

  it('records a reset once per request id and lets the patient log in', async () => {
    expect((await call('POST', '/accounts/P-7QK2M9/password-reset', { channel: 'email', requestId: 'reset-0001' })).status).toBe(202);
    expect((await call('POST', '/accounts/P-7QK2M9/password-reset', { channel: 'email', requestId: 'reset-0001' })).status).toBe(200);
    const login = await call('POST', '/simulate/accounts/P-7QK2M9/login');
    expect(login.body['status']).toBe('active');
  });

  it('changes notification settings and names a bad field', async () => {
    const ok = await call('PUT', '/accounts/P-7QK2M9/notification-settings', { reminderFrequency: 'every_3_days', quietHours: { from: '21:00', to: '08:00' } });
    expect(ok.body['notificationSettings']).toEqual({ reminderFrequency: 'every_3_days', quietHours: { from: '21:00', to: '08:00' } });
    const bad = await call('PUT', '/accounts/P-7QK2M9/notification-settings', { reminderFrequency: 'hourly' });
    expect(bad.status).toBe(400);
    expect(bad.body['details']).toEqual([expect.objectContaining({ field: 'reminderFrequency' })]);
  });

  it('is down or failing when told, while the admin endpoint still answers', async () => {
    await call('PUT', '/admin/faults', { down: true });
    expect((await call('GET', '/accounts/P-7QK2M9')).status).toBe(503);
    await call('PUT', '/admin/faults', { down: false, errorRate: 1 });
    expect((await call('GET', '/accounts/P-7QK2M9')).status).toBe(500);
    expect((await call('PUT', '/admin/faults', { errorRate: 0 })).body).toEqual({ errorRate: 0, latencyMs: 0, down: false });
    expect((await call('GET', '/accounts/P-7QK2M9')).status).toBe(200);
  });

  it('serves a demo page where you play the patient and take the programme down', async () => {
    await call('POST', '/accounts/P-DEMO22/password-reset', { channel: 'sms', requestId: 'reset-demo-01' });
    const page = await fetch(`${base}/`).then((r) => r.text());
    expect(page).toContain('Log in as P-DEMO22');
    const before = Date.now();
    const login = await fetch(`${base}/play/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ref=P-DEMO22' });
    expect(login.status).toBe(303);
    const account = await call('GET', '/accounts/P-DEMO22');
    expect(Date.parse(String(account.body['lastLoginAt']))).toBeGreaterThanOrEqual(before - 1);
    const bad = await fetch(`${base}/play/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ref=<script>' });
    expect(bad.status).toBe(400);
    await fetch(`${base}/play/faults`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'down=true' });
    expect((await call('GET', '/accounts/P-DEMO22')).status).toBe(503);
    expect(await fetch(`${base}/`).then((r) => r.text())).toContain('The programme is down');
    await fetch(`${base}/play/faults`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'down=false' });
    expect((await call('GET', '/accounts/P-DEMO22')).status).toBe(200);
  });
});
