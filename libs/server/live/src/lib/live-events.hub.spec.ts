import { loadConfig, RedisKeys } from '@navdesk/server/core';
import { LiveEventsHub } from './live-events.hub';

describe('LiveEventsHub open streams', () => {
  const config = loadConfig({});
  const hub = (): LiveEventsHub => new LiveEventsHub(config, new RedisKeys(config));

  it('counts each open stream until it unsubscribes, once however often it does', () => {
    const live = hub();
    const first = live.envelopes.subscribe(() => undefined);
    const second = live.envelopes.subscribe(() => undefined);
    expect(live.openStreams).toBe(2);
    first.unsubscribe();
    first.unsubscribe();
    expect(live.openStreams).toBe(1);
    second.unsubscribe();
    expect(live.openStreams).toBe(0);
  });

  it('counts none left once the hub completes at shutdown', () => {
    const live = hub();
    live.envelopes.subscribe(() => undefined);
    live.onModuleDestroy();
    expect(live.openStreams).toBe(0);
  });
});
