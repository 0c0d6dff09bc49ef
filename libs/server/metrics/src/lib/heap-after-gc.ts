import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { Gauge, type Registry } from 'prom-client';

/** The young generation's spaces: they fill and empty between scavenges, so they say nothing about what is kept. */
const YOUNG_SPACES = new Set(['new_space', 'new_large_object_space']);

/** Bytes used in the heap's old spaces (old, code, large objects, …) now. */
export function tenuredBytes(): number {
  return getHeapSpaceStatistics()
    .filter((s) => !YOUNG_SPACES.has(s.space_name))
    .reduce((n, s) => n + s.space_used_size, 0);
}

const isMajor = (entry: PerformanceEntry): boolean => (entry.detail as { kind?: number } | undefined)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;

/**
 * `navdesk_heap_live_after_full_gc_bytes`: what the old spaces still held just after the last full
 * (mark-compact) collection, i.e. what the process keeps. RSS swings with the collector's phase (the
 * heap grows 2–3× between full collections seconds apart), so a leak shows here first and plainly: this
 * climbs, run after run, where RSS only swings. Read when the collection's entry is delivered (the
 * next turn of the event loop), before much can be promoted again. 0 until the first full collection.
 */
export class HeapAfterGc {
  private readonly observer: PerformanceObserver;

  constructor(registry: Registry) {
    const gauge = new Gauge({
      name: 'navdesk_heap_live_after_full_gc_bytes',
      help: 'Bytes used in the V8 old spaces just after the last full (mark-compact) garbage collection: what this process keeps',
      registers: [registry],
    });
    gauge.set(0);
    this.observer = new PerformanceObserver((list) => {
      if (list.getEntries().some(isMajor)) gauge.set(tenuredBytes());
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }

  stop(): void {
    this.observer.disconnect();
  }
}
