import { ENGAGEMENT_LIMITS } from '@navdesk/contracts';
import { loadSimConfig } from '../sim-config';
import { EngagementFeedService, type FeedSettings } from './engagement-feed.service';
import { generateEngagement } from './engagement-generator';
import { FakeNavdesk } from './fake-navdesk.testing';

const HOUR = 3_600_000;
const START = new Date('2026-11-26T15:30:00Z');
const refs = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `P-${prefix}${String(i).padStart(4, '0')}`);

async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('EngagementFeedService against a fake Navdesk', () => {
  let navdesk: FakeNavdesk;
  let feed: EngagementFeedService;
  let now: Date;
  let info: string[];
  let warn: string[];
  const settings = (over: Partial<FeedSettings> = {}): FeedSettings => ({
    navdeskUrl: navdesk.url,
    services: [{ key: 'ndk_navdesk-demo-programme-s1', patientRefs: refs('A', 30) }],
    historyWeeks: 12,
    trickleEveryMs: 3_600_000,
    ...over,
  });

  beforeEach(async () => {
    navdesk = new FakeNavdesk();
    await navdesk.start();
    feed = new EngagementFeedService(loadSimConfig({ LOG_LEVEL: 'silent' }));
    now = START;
    feed.clock = () => now;
    feed.sendOptions = { ...feed.sendOptions, retryDelayMs: 1 };
    info = [];
    warn = [];
    feed.info = (line) => info.push(line);
    feed.warn = (line) => warn.push(line);
  });

  afterEach(async () => {
    await feed.onModuleDestroy();
    await navdesk.close();
  });

  it('sends 12 weeks of history in batches of at most 5,000, one service after the other, and logs one summary', async () => {
    const s1 = refs('A', 30);
    const s2 = refs('B', 5);
    feed.start(settings({ services: [{ key: 'ndk_navdesk-demo-programme-s1', patientRefs: s1 }, { key: 'ndk_navdesk-demo-programme-s2', patientRefs: s2 }] }));
    await feed.idle();
    const expected = [...s1, ...s2].flatMap((ref) => generateEngagement(ref, { anchor: START, from: new Date(START.getTime() - 12 * 7 * 24 * HOUR), to: START }));
    expect(expected.length).toBeGreaterThan(ENGAGEMENT_LIMITS.batchMax);
    expect(navdesk.batches.map((b) => b.key)).toEqual(['ndk_navdesk-demo-programme-s1', 'ndk_navdesk-demo-programme-s1', 'ndk_navdesk-demo-programme-s2']);
    expect(navdesk.batches[0]?.events).toHaveLength(ENGAGEMENT_LIMITS.batchMax);
    expect(navdesk.stored.size).toBe(expected.length);
    expect([...navdesk.stored.keys()].sort()).toEqual(expected.map((e) => e.eventId).sort());
    // Oldest first, so Navdesk sees each patient's story in order.
    const times = navdesk.batches.filter((b) => b.key.endsWith('s1')).flatMap((b) => b.events.map((e) => e.occurredAt));
    expect(times).toEqual([...times].sort());
    expect(feed.status()).toMatchObject({ state: 'trickle', eventsSent: expected.length, accepted: expected.length, duplicates: 0, lastError: null });
    expect(info).toEqual([expect.stringMatching(new RegExp(`12 weeks of history for 2 service\\(s\\).*: ${expected.length.toLocaleString('en-GB')} events, ${expected.length.toLocaleString('en-GB')} accepted, 0 duplicates`))]);
  });

  it('retries a batch Navdesk failed with 500, and sends nothing twice', async () => {
    navdesk.failNext = 2;
    feed.start(settings({ services: [{ key: 'ndk_navdesk-demo-programme-s1', patientRefs: refs('A', 3) }] }));
    await feed.idle();
    expect(navdesk.requests).toBe(3);
    expect(navdesk.batches).toHaveLength(1);
    expect(feed.status()).toMatchObject({ state: 'trickle', duplicates: 0, lastError: null });
    expect(warn).toEqual([]);
  });

  it('after every try fails, logs once and sends the same events again on the next tick', async () => {
    navdesk.failNext = 4;
    feed.start(settings({ services: [{ key: 'ndk_navdesk-demo-programme-s1', patientRefs: refs('A', 3) }], trickleEveryMs: 20 }));
    await feed.idle();
    expect(feed.status()).toMatchObject({ state: 'history', eventsSent: 0, lastError: expect.stringContaining('answered 500') });
    await until(() => feed.status().state === 'trickle');
    expect(feed.status()).toMatchObject({ duplicates: 0, services: [expect.objectContaining({ lastError: null, historySent: true })] });
    expect(warn).toEqual([expect.stringMatching(/^Engagement feed: Navdesk answered 500 to POST .*\/api\/engagement\/events, 4 tries; the feed will try again/)]);
  });

  it('counts a resent history as duplicates', async () => {
    feed.start(settings());
    await feed.idle();
    const first = feed.status();
    feed.start(settings());
    await feed.idle();
    expect(feed.status()).toMatchObject({ eventsSent: first.eventsSent, accepted: 0, duplicates: first.eventsSent });
    expect(navdesk.stored.size).toBe(first.accepted);
    expect(info[1]).toMatch(/0 accepted, [\d,]+ duplicates/);
  });

  it('then trickles only the events that happened since the last send', async () => {
    feed.start(settings({ trickleEveryMs: 20 }));
    await feed.idle();
    const historyBatches = navdesk.batches.length;
    const history = navdesk.batches.flatMap((b) => b.events);
    now = new Date(START.getTime() + 6 * HOUR);
    await until(() => navdesk.batches.length > historyBatches);
    const trickled = navdesk.batches.slice(historyBatches).flatMap((b) => b.events);
    expect(trickled.length).toBeGreaterThan(0);
    for (const e of trickled) {
      expect(Date.parse(e.occurredAt)).toBeGreaterThanOrEqual(START.getTime());
      expect(Date.parse(e.occurredAt)).toBeLessThan(now.getTime());
    }
    const seen = new Set(history.map((e) => e.eventId));
    expect(trickled.filter((e) => seen.has(e.eventId))).toEqual([]);
    const expected = refs('A', 30).flatMap((ref) => generateEngagement(ref, { anchor: START, from: START, to: now }));
    expect(trickled.map((e) => e.eventId).sort()).toEqual(expected.map((e) => e.eventId).sort());
    // Nothing new until the clock moves: later ticks send nothing.
    const requests = navdesk.requests;
    await new Promise((r) => setTimeout(r, 100));
    expect(navdesk.requests).toBe(requests);
  });

  it('says once, clearly, when Navdesk has no engagement endpoint, keeps going, and catches up when it appears', async () => {
    navdesk.notFound = true;
    feed.start(settings({ services: [{ key: 'ndk_navdesk-demo-programme-s1', patientRefs: refs('A', 3) }, { key: 'ndk_navdesk-demo-programme-s2', patientRefs: refs('B', 3) }], trickleEveryMs: 20 }));
    await until(() => navdesk.requests >= 6);
    expect(warn).toEqual([expect.stringMatching(/^Engagement feed: Navdesk has no engagement endpoint yet: POST http:\/\/127\.0\.0\.1:\d+\/api\/engagement\/events answered 404; the feed keeps going/)]);
    expect(feed.status()).toMatchObject({ state: 'history', eventsSent: 0, lastError: expect.stringContaining('404') });
    navdesk.notFound = false;
    await until(() => feed.status().state === 'trickle');
    expect(info).toEqual(expect.arrayContaining([expect.stringContaining('12 weeks of history for 2 service(s)')]));
    expect(feed.status().accepted).toBe(navdesk.stored.size);
  });

  it('does not retry a refused key, and stops when the app closes', async () => {
    navdesk.keys = new Set(['ndk_navdesk-demo-programme-s1']);
    feed.start(settings({ services: [{ key: 'wrong-key-0000000', patientRefs: refs('A', 3) }], trickleEveryMs: 20 }));
    await feed.idle();
    expect(navdesk.requests).toBe(1);
    expect(feed.status().services[0]).toMatchObject({ keyHint: '…0000', lastError: expect.stringContaining('refused the integration key') });
    await feed.onModuleDestroy();
    const requests = navdesk.requests;
    await new Promise((r) => setTimeout(r, 100));
    expect(navdesk.requests).toBe(requests);
    expect(feed.status().state).toBe('off');
  });

  it('reports a simulated log-in at once for a patient it feeds, and nothing for one it does not', async () => {
    feed.start(settings({ historyWeeks: 0 }));
    await feed.idle();
    const before = navdesk.batches.length;
    const at = new Date(START.getTime() + 60_000);
    expect(await feed.reportLogin('P-A0003', at, '4.3.1')).toBe(true);
    const sent = navdesk.batches.slice(before).flatMap((b) => b.events);
    expect(sent).toEqual([expect.objectContaining({ patientRef: 'P-A0003', type: 'login', occurredAt: at.toISOString(), appVersion: '4.3.1' })]);
    expect(await feed.reportLogin('P-ZZ0000', at, '4.3.1')).toBe(false);
  });
});
