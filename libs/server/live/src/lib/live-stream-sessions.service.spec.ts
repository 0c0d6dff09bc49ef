import { Subject } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { LiveEventsHub } from './live-events.hub';
import type { SessionEnd } from './live-session-states';
import { LiveStreamSessions } from './live-stream-sessions.service';
import { parseSessionRevokedNotice, type SessionRevokedNotice } from './session-revocation.publisher';

interface SessionRow {
  id: string;
  expires_at: Date;
  revoked: boolean;
  expired: boolean;
}

const HOUR = 3_600_000;
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** The registry with a hub whose notices the test sends, over sessions the test describes. */
function setUp(rows: SessionRow[]) {
  const notices = new Subject<SessionRevokedNotice>();
  const hub = { revocations: notices.asObservable() } as Pick<LiveEventsHub, 'revocations'> as LiveEventsHub;
  const dataSource = { query: async (_sql: string, [ids]: [string[]]) => rows.filter((r) => ids.includes(r.id)) } as Pick<DataSource, 'query'> as DataSource;
  const sessions = new LiveStreamSessions(hub, dataSource, 30_000);
  sessions.onModuleInit();
  const ended: Record<string, SessionEnd> = {};
  const watch = (sessionId: string, userId: string) => sessions.watch({ sessionId, userId }, (reason) => (ended[sessionId] = reason));
  return { notices, sessions, ended, watch };
}

const live = (id: string): SessionRow => ({ id, expires_at: new Date(Date.now() + HOUR), revoked: false, expired: false });

describe('LiveStreamSessions', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('ends the streams a notice names, by session or by person, and no others', async () => {
    const { notices, sessions, ended, watch } = setUp([live('s1'), live('s2'), live('s3')]);
    watch('s1', 'u1');
    watch('s2', 'u2');
    watch('s3', 'u2');
    await flush();
    notices.next({ sessionIds: ['s1'], userIds: [] });
    expect(ended).toEqual({ s1: 'revoked' });
    notices.next({ sessionIds: [], userIds: ['u2'] });
    expect(ended).toEqual({ s1: 'revoked', s2: 'revoked', s3: 'revoked' });
    expect(sessions.size).toBe(0);
    sessions.onModuleDestroy();
  });

  it('ends a stream at its session’s expiry, and one whose session ended before it was watched', async () => {
    const soon = { ...live('s1'), expires_at: new Date(Date.now() + 5000) };
    const rows = [soon, { ...live('s2'), revoked: true }];
    const { sessions, ended, watch } = setUp(rows);
    watch('s1', 'u1');
    watch('s2', 'u2');
    await flush();
    expect(ended).toEqual({ s2: 'revoked' });
    soon.expired = true;
    jest.advanceTimersByTime(5100);
    await flush();
    expect(ended).toEqual({ s1: 'expired', s2: 'revoked' });
    sessions.onModuleDestroy();
  });

  it('stops watching a stream that closed by itself', async () => {
    const { notices, sessions, ended, watch } = setUp([live('s1')]);
    const unwatch = watch('s1', 'u1');
    await flush();
    unwatch();
    notices.next({ sessionIds: ['s1'], userIds: [] });
    expect(ended).toEqual({});
    expect(sessions.size).toBe(0);
    sessions.onModuleDestroy();
  });
});

describe('parseSessionRevokedNotice', () => {
  it('reads a notice and rejects anything else', () => {
    expect(parseSessionRevokedNotice('{"sessionIds":["s1"],"userIds":[]}')).toEqual({ sessionIds: ['s1'], userIds: [] });
    expect(parseSessionRevokedNotice('{"sessionIds":["s1"]}')).toBeNull();
    expect(parseSessionRevokedNotice('{"sessionIds":[1],"userIds":[]}')).toBeNull();
    expect(parseSessionRevokedNotice('nope')).toBeNull();
  });
});
