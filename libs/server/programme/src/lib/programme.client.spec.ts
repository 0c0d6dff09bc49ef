import { loadConfig } from '@navdesk/server/core';
import { ProgrammeClient } from './programme.client';
import { ProgrammeUnavailableError } from './programme.errors';

describe('ProgrammeClient', () => {
  it('reports an unreachable programme as unavailable, naming the reason', async () => {
    const client = new ProgrammeClient(loadConfig({ PROGRAMME_API_URL: 'http://127.0.0.1:1', PROGRAMME_TIMEOUT_MS: '500' }));
    const error = await client.account('P-7QK2M9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProgrammeUnavailableError);
    expect((error as Error).message).toMatch(/could not be reached/);
    expect(client.circuitOpen).toBe(false);
  });
});
