import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@navdesk/server/core';
import { LIVE_SESSION_RECHECK_MS, LiveEventsPublisher, SessionRevocationPublisher } from '@navdesk/server/live';
import { ApiModule, configureApi } from '@navdesk/server/runtime';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

/** An open `/api/events/stream`, read as a client would, with what it has received so far. */
interface OpenStream {
  status: number;
  received(): string;
  /** Resolves with the milliseconds the stream stayed open, when the server ends it. */
  ended: Promise<number>;
  abort(): void;
}

async function openStream(baseUrl: string, token: string, headers: Record<string, string> = {}): Promise<OpenStream> {
  const controller = new AbortController();
  const openedAt = Date.now();
  const res = await fetch(`${baseUrl}/api/events/stream`, { headers: { ...headers, authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  let text = '';
  const ended = (async () => {
    if (!res.body) return Date.now() - openedAt;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return Date.now() - openedAt;
      text += decoder.decode(value, { stream: true });
    }
  })();
  // An abort at teardown rejects the read; the assertions have run by then.
  ended.catch(() => undefined);
  return { status: res.status, received: () => text, ended, abort: () => controller.abort() };
}

/** The stream's end, or a failure naming what did not happen within `ms`. */
function endsWithin(stream: OpenStream, ms: number): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the stream was still open after ${ms} ms`)), ms);
  });
  return Promise.race([stream.ended, timeout]).finally(() => clearTimeout(timer));
}

/** The `id:` and the event's own id of every event received, in order. */
function eventsIn(text: string): { logId: string; id: string }[] {
  return [...text.matchAll(/^id: (\S+)\ndata: (.*)$/gm)].map((m) => ({ logId: m[1] as string, id: (JSON.parse(m[2] as string) as { id: string }).id }));
}

/** Polls until `check` holds, at most `ms`. */
async function until(what: string, check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A second api process on the same database and Redis prefix, rechecking open streams every 200 ms. */
async function startSecondApi(): Promise<{ app: NestExpressApplication; baseUrl: string }> {
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).overrideProvider(LIVE_SESSION_RECHECK_MS).useValue(200).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true, forceCloseConnections: true });
  configureApi(app, loadConfig(process.env));
  await app.init();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

describe('a live event stream ends with its session', () => {
  let a: ApiTestApp;
  let b: { app: NestExpressApplication; baseUrl: string };
  const streams: OpenStream[] = [];

  const open = async (baseUrl: string, token: string, headers: Record<string, string> = {}): Promise<OpenStream> => {
    const stream = await openStream(baseUrl, token, headers);
    streams.push(stream);
    expect(stream.status).toBe(200);
    await until('the stream to say it is connected', () => stream.received().includes(': connected'));
    return stream;
  };

  beforeAll(async () => {
    // Api A keeps the default 30 s recheck, so only a notice or the expiry timer can end its streams in time.
    a = await startApiTestApp({ label: 'livestream', seedDemo: true });
    b = await startSecondApi();
  });

  afterAll(async () => {
    for (const stream of streams) stream.abort();
    await b.app.close();
    await a.close();
  });

  it('ends at once when its session logs out, and leaves the person’s other sessions streaming', async () => {
    const first = await a.signIn('nav1@navdesk.test');
    const second = await a.signIn('nav1@navdesk.test');
    const ending = await open(a.baseUrl, first.accessToken);
    const staying = await open(a.baseUrl, second.accessToken);

    expect((await a.call('POST', '/api/auth/logout', { token: first.accessToken })).status).toBe(204);
    await endsWithin(ending, 2000);
    expect(ending.received()).toContain(': session revoked');
    // Reconnecting with the revoked token is refused, so the console stops and signs the person out.
    const again = await openStream(a.baseUrl, first.accessToken);
    expect(again.status).toBe(401);

    await a.app.get(LiveEventsPublisher).publish('training.changed', 'ts-still-live', { serviceId: null, userIds: [second.user.id] });
    await until('the other session to hear a live event', () => staying.received().includes('ts-still-live'));
    expect(staying.received()).not.toContain(': session');
  });

  it('ends a stream on one api process when the session logs out through another (Redis pub/sub)', async () => {
    const login = await a.signIn('pwp01@navdesk.test');
    const stream = await open(a.baseUrl, login.accessToken);

    const logout = await fetch(`${b.baseUrl}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${login.accessToken}` } });
    expect(logout.status).toBe(204);
    await endsWithin(stream, 2000);
    expect(stream.received()).toContain(': session revoked');
  });

  it('ends every stream of a person named in a session.revoked notice (the sign-out-everywhere and deactivation hook)', async () => {
    const login = await a.signIn('pwp02@navdesk.test');
    const onA = await open(a.baseUrl, login.accessToken);
    const onB = await open(b.baseUrl, login.accessToken);

    await a.app.get(SessionRevocationPublisher).publish({ userIds: [login.user.id] });
    await Promise.all([endsWithin(onA, 2000), endsWithin(onB, 2000)]);
  });

  it('ends when the session reaches its expiry', async () => {
    const login = await a.signIn('pwp03@navdesk.test');
    await a.db.query(`UPDATE auth_sessions SET expires_at = now() + interval '1500 milliseconds' WHERE user_id = $1`, [login.user.id]);
    const stream = await open(a.baseUrl, login.accessToken);

    const openFor = await endsWithin(stream, 4000);
    expect(openFor).toBeGreaterThanOrEqual(1000);
    expect(stream.received()).toContain(': session expired');
    expect((await a.call('GET', '/api/auth/me', { token: login.accessToken })).status).toBe(401);
  });

  it('ends when a recheck finds the session expired or its person deactivated behind its back', async () => {
    const expiring = await a.signIn('pwp04@navdesk.test');
    const deactivated = await a.signIn('pwp05@navdesk.test');
    const first = await open(b.baseUrl, expiring.accessToken);
    const second = await open(b.baseUrl, deactivated.accessToken);

    // Straight in the database: no notice is published, and the expiry timer is hours away.
    await a.db.query(`UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [expiring.user.id]);
    await a.db.query(`UPDATE users SET active = false WHERE id = $1`, [deactivated.user.id]);
    await Promise.all([endsWithin(first, 2000), endsWithin(second, 2000)]);
    expect(first.received()).toContain(': session expired');
    expect(second.received()).toContain(': session revoked');
  });

  it('replays to a reconnect with Last-Event-ID what it missed, in order and once, then goes on live, on any api process', async () => {
    const login = await a.signIn('pwp06@navdesk.test');
    const other = await a.signIn('pwp07@navdesk.test');
    const to = { serviceId: null, userIds: [login.user.id] };
    const publisher = a.app.get(LiveEventsPublisher);
    const first = await open(a.baseUrl, login.accessToken);
    await publisher.publish('training.changed', 'replay-1', to);
    await until('the first event', () => first.received().includes('replay-1'));
    const [seen] = eventsIn(first.received());
    first.abort();

    // Missed while away; one of them was never the person's to hear.
    await publisher.publish('training.changed', 'replay-2', to);
    await publisher.publish('training.changed', 'replay-not-theirs', { serviceId: null, userIds: [other.user.id] });
    await publisher.publish('training.changed', 'replay-3', to);
    const again = await open(b.baseUrl, login.accessToken, { 'Last-Event-ID': seen?.logId ?? '' });
    await publisher.publish('training.changed', 'replay-4', to);
    await until('the live event after the replay', () => again.received().includes('replay-4'));

    expect(seen?.id).toBe('replay-1');
    expect(eventsIn(again.received()).map((e) => e.id)).toEqual(['replay-2', 'replay-3', 'replay-4']);
    expect(again.received()).not.toContain('event: reset');
  });

  it('says `reset` when the log no longer reaches back to the Last-Event-ID, and ignores one that is not an id', async () => {
    const login = await a.signIn('pwp08@navdesk.test');
    const tooOld = await open(a.baseUrl, login.accessToken, { 'Last-Event-ID': '1-0' });
    await until('the reset', () => tooOld.received().includes('event: reset'));

    for (const hostile of ['x', '../../etc', '9'.repeat(40), '1-2-3']) {
      const stream = await open(a.baseUrl, login.accessToken, { 'Last-Event-ID': hostile });
      await a.app.get(LiveEventsPublisher).publish('training.changed', `hostile-${hostile.length}`, { serviceId: null, userIds: [login.user.id] });
      await until('a live event', () => stream.received().includes(`hostile-${hostile.length}`));
      expect([hostile, stream.received().includes('event: reset')]).toEqual([hostile, false]);
      stream.abort();
    }
  });
});
