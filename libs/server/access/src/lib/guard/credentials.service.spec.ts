import type { DataSource } from 'typeorm';
import type { AppConfig } from '@navdesk/server/core';
import { hashSecret } from '../secret-hash';
import { CredentialsService } from './credentials.service';

const PEPPER = 'test-pepper';
const config = { TOKEN_PEPPER: PEPPER, SESSION_IDLE_MINUTES: 30 } as AppConfig;
const row = (token: string, userId: string) => ({
  token_hash: hashSecret(token, PEPPER),
  session_id: `s-${userId}`,
  user_id: userId,
  email: `${userId}@navdesk.test`,
  name: userId,
  role: 'navigator' as const,
  service_ids: ['svc-1'],
  use_is_stale: false,
});

/** A database holding two live sessions, recording the hashes each session query asked for. */
function fakeDatabase(answerWhen: () => Promise<void> = async () => undefined) {
  const sessions = [row('nds_a', 'alice'), row('nds_b', 'bob')];
  const asked: string[][] = [];
  const query = async (_sql: string, params: unknown[]) => {
    const hashes = params[0] as string[];
    asked.push(hashes);
    await answerWhen();
    return sessions.filter((s) => hashes.includes(s.token_hash));
  };
  // The session look-up is a prepared statement, sent on node-postgres's pool (the driver's `master`).
  const dataSource = { query, driver: { master: { query: async (c: { text: string; values: unknown[] }) => ({ rows: await query(c.text, c.values) }) } } } as unknown as DataSource;
  return { dataSource, asked };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('CredentialsService: session lookups', () => {
  it('answers requests arriving together with one query, each with its own person (or none)', async () => {
    const { dataSource, asked } = fakeDatabase();
    const credentials = new CredentialsService(dataSource, config);
    const [a, b, unknown] = await Promise.all([credentials.userForToken('nds_a'), credentials.userForToken('nds_b'), credentials.userForToken('nds_gone')]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(3);
    expect([a?.userId, b?.userId, unknown]).toEqual(['alice', 'bob', null]);
  });

  it('keeps nothing between requests: each later request reads the session again', async () => {
    const { dataSource, asked } = fakeDatabase();
    const credentials = new CredentialsService(dataSource, config);
    await credentials.userForToken('nds_a');
    await credentials.userForToken('nds_a');
    expect(asked).toHaveLength(2);
  });

  it('gathers the requests that arrive, each in its own turn of the event loop, while a query runs into the next one', async () => {
    let release = (): void => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const { dataSource, asked } = fakeDatabase(() => slow);
    const credentials = new CredentialsService(dataSource, config);
    const first = credentials.userForToken('nds_a');
    await nextTurn();
    const later: Promise<unknown>[] = [];
    for (const token of ['nds_b', 'nds_a', 'nds_gone']) {
      later.push(credentials.userForToken(token));
      await nextTurn();
    }
    expect(asked).toHaveLength(1);
    release();
    const people = await Promise.all([first, ...later]);
    expect(asked.map((hashes) => hashes.length)).toEqual([1, 3]);
    expect(people.map((p) => (p as { userId: string } | null)?.userId ?? null)).toEqual(['alice', 'bob', 'alice', null]);
  });
});
