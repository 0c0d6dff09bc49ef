import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { ApiExceptionFilter, createValidationPipe } from '@navdesk/server/core';
import { ProgrammeSimModule } from '../programme-sim.module';
import { EngagementFeedService, type FeedStatus } from './engagement-feed.service';
import { FakeNavdesk } from './fake-navdesk.testing';

const KEY = 'programme-sim-feed-test-key';

describe('PUT/GET/DELETE /admin/feed', () => {
  let app: INestApplication;
  let base: string;
  let navdesk: FakeNavdesk;
  const call = async (method: string, body?: unknown, key = KEY) => {
    const res = await fetch(`${base}/admin/feed`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as FeedStatus & { details?: { field: string }[] } };
  };

  beforeAll(async () => {
    process.env['PROGRAMME_SIM_API_KEY'] = KEY;
    process.env['LOG_LEVEL'] = 'silent';
    navdesk = new FakeNavdesk();
    await navdesk.start();
    const moduleRef = await Test.createTestingModule({ imports: [ProgrammeSimModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
    await navdesk.close();
    delete process.env['LOG_LEVEL'];
  });

  it('needs the API key, and names a bad field', async () => {
    expect((await call('GET', undefined, 'wrong-key')).status).toBe(401);
    expect((await call('PUT', { navdeskUrl: navdesk.url, services: [] }, 'wrong-key')).status).toBe(401);
    const bad = await call('PUT', { navdeskUrl: 'ftp://x', services: [{ key: 'ndk_navdesk-demo-programme-s1', patientRefs: ['not-a-ref'] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.details?.map((d) => d.field)).toEqual(expect.arrayContaining(['navdeskUrl']));
    expect(navdesk.requests).toBe(0);
  });

  it('starts the feed (202), reports what was sent, and stops it', async () => {
    expect((await call('GET')).body.state).toBe('off');
    const started = await call('PUT', { navdeskUrl: navdesk.url, services: [{ key: 'ndk_navdesk-demo-programme-s1', patientRefs: ['P-7QK2M9', 'P-DEMO22'] }], historyWeeks: 2 });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ navdeskUrl: navdesk.url, historyWeeks: 2, trickleEveryMs: 30_000, services: [{ keyHint: '…e-s1', patients: 2 }] });
    expect(JSON.stringify(started.body)).not.toContain('ndk_navdesk-demo-programme-s1');
    await app.get(EngagementFeedService).idle();
    const status = (await call('GET')).body;
    expect(status).toMatchObject({ state: 'trickle', accepted: navdesk.stored.size, duplicates: 0, lastError: null });
    expect(status.eventsSent).toBeGreaterThan(50);
    expect((await call('DELETE')).body.state).toBe('off');
  });
});
