import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Gauge, Registry } from 'prom-client';
import { HeapAfterGc } from './heap-after-gc';

// A full collection on demand: --expose-gc set now, and `gc` taken from a fresh context that has it.
setFlagsFromString('--expose-gc');
const fullGc = runInNewContext('gc') as () => void;

const MIB = 1024 * 1024;
/** Forces a full collection and answers the gauge once the observer has seen it. */
async function liveAfterFullGc(registry: Registry): Promise<number> {
  (registry.getSingleMetric('navdesk_heap_live_after_full_gc_bytes') as Gauge).reset(); // so the last collection's figure cannot pass for this one's
  fullGc();
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 50; i++) {
    const value = (await registry.getSingleMetric('navdesk_heap_live_after_full_gc_bytes')?.get())?.values[0]?.value ?? 0;
    if (value > 0) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no full collection was observed');
}

describe('HeapAfterGc', () => {
  const registry = new Registry();
  const heap = new HeapAfterGc(registry);
  afterAll(() => heap.stop());

  it('reports what a full collection keeps: it rises by what is held, and falls back once that is let go', async () => {
    const before = await liveAfterFullGc(registry);
    // 40 MiB held across the collection, in old space's reach (arrays of numbers, not one large buffer off-heap).
    let held: number[][] | undefined = Array.from({ length: 40 }, () => new Array<number>(MIB / 8).fill(1.5));
    const holding = await liveAfterFullGc(registry);
    expect(held.length).toBe(40);
    held = undefined;
    const after = await liveAfterFullGc(registry);
    expect(holding - before).toBeGreaterThan(30 * MIB);
    expect(holding - after).toBeGreaterThan(30 * MIB);
    expect(held).toBeUndefined();
  });
});
