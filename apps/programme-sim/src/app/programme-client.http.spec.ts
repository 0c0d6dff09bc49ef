import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { ApiExceptionFilter, createValidationPipe, loadConfig } from '@navdesk/server/core';
import { ProgrammeClient, ProgrammeRejectedError, ProgrammeUnavailableError } from '@navdesk/server/programme';
import { ProgrammeSimModule } from './programme-sim.module';

const KEY = 'programme-sim-client-test-key';

/** Navdesk's programme client against the simulator over real HTTP. */
describe('ProgrammeClient against the simulator', () => {
  let sim: INestApplication;
  let client: ProgrammeClient;
  let base: string;
  const faults = (body: Record<string, unknown>) =>
    fetch(`${base}/admin/faults`, { method: 'PUT', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    process.env['PROGRAMME_SIM_API_KEY'] = KEY;
    const moduleRef = await Test.createTestingModule({ imports: [ProgrammeSimModule] }).compile();
    sim = moduleRef.createNestApplication({ logger: false });
    sim.useGlobalPipes(createValidationPipe());
    sim.useGlobalFilters(new ApiExceptionFilter());
    await sim.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(sim.getHttpServer().address() as AddressInfo).port}`;
  });

  beforeEach(async () => {
    await faults({ errorRate: 0, latencyMs: 0, down: false });
    client = new ProgrammeClient(loadConfig({ PROGRAMME_API_URL: base, PROGRAMME_API_KEY: KEY, PROGRAMME_TIMEOUT_MS: '300' }));
  });

  afterAll(async () => {
    await sim.close();
  });

  it('reads an account and sends a reset once per request id', async () => {
    const account = await client.account('P-7QK2M9');
    expect(account.patientRef).toBe('P-7QK2M9');
    const first = await client.sendPasswordReset('P-7QK2M9', { channel: 'email', requestId: 'reset-req-0001' });
    const again = await client.sendPasswordReset('P-7QK2M9', { channel: 'email', requestId: 'reset-req-0001' });
    expect(again.sentAt).toBe(first.sentAt);
  });

  it('reports a refusal as permanent and a 500 as an outage', async () => {
    await expect(client.updateNotificationSettings('P-7QK2M9', { reminderFrequency: 'hourly' as 'daily', quietHours: null })).rejects.toBeInstanceOf(ProgrammeRejectedError);
    await faults({ errorRate: 1 });
    await expect(client.account('P-7QK2M9')).rejects.toBeInstanceOf(ProgrammeUnavailableError);
  });

  it('gives up after the timeout', async () => {
    await faults({ latencyMs: 1_000 });
    await expect(client.account('P-7QK2M9')).rejects.toThrow(/did not answer within 300 ms/);
  });

  it('opens the circuit while the programme is down, and stops calling it', async () => {
    await faults({ down: true });
    for (let i = 0; i < 5; i++) await expect(client.account('P-7QK2M9')).rejects.toBeInstanceOf(ProgrammeUnavailableError);
    expect(client.circuitOpen).toBe(true);
    await faults({ down: false });
    const error = await client.account('P-7QK2M9').catch((e: unknown) => e);
    expect(error).toMatchObject({ circuitOpen: true });
  });
});
