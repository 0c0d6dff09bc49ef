import { Gauge } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';
import { runCollectors, type ScrapeCollector } from './scrape-collectors';

describe('MetricsRegistry', () => {
  it('has Node’s default metrics and a registry of its own per process', async () => {
    const a = new MetricsRegistry();
    const b = new MetricsRegistry();
    new Gauge({ name: 'navdesk_only_in_a', help: 'test', registers: [a.registry] }).set(1);
    const [textA, textB] = await Promise.all([a.render(), b.render()]);
    expect(textA).toContain('process_resident_memory_bytes');
    expect(textA).toContain('navdesk_only_in_a 1');
    expect(textB).not.toContain('navdesk_only_in_a');
  });

  it('still answers when a collector fails, counting the failure under its name, with the others’ values', async () => {
    const metrics = new MetricsRegistry();
    const good = new Gauge({ name: 'navdesk_good', help: 'test', registers: [metrics.registry] });
    metrics.addCollector({ name: 'good', collect: async () => void good.set(7) });
    metrics.addCollector({ name: 'broken', collect: () => Promise.reject(new Error('Postgres is down')) });
    const text = await metrics.render();
    expect(text).toContain('navdesk_good 7');
    expect(text).toContain('navdesk_metrics_collector_errors_total{collector="broken"} 1');
    expect(text).toContain('navdesk_metrics_collector_errors_total{collector="good"} 0');
  });
});

describe('runCollectors', () => {
  it('gives up on a collector past the time allowed, reports it, and waits for no more than that', async () => {
    const failed: string[] = [];
    const slow: ScrapeCollector = { name: 'slow', collect: () => new Promise((resolve) => setTimeout(resolve, 1_000)) };
    const thrown: ScrapeCollector = {
      name: 'throws',
      collect: () => {
        throw new Error('synchronously');
      },
    };
    const started = Date.now();
    await runCollectors([slow, thrown, { name: 'fine', collect: async () => undefined }], 50, (name) => failed.push(name));
    expect(Date.now() - started).toBeLessThan(900);
    expect(failed.sort()).toEqual(['slow', 'throws']);
  });
});
