import { withTimeout } from '@navdesk/server/core';

/** Reads something at scrape time (queue counts, outbox lag…) and sets its gauges. */
export interface ScrapeCollector {
  /** The `collector` label of navdesk_metrics_collector_errors_total. */
  readonly name: string;
  collect(): Promise<void>;
}

/**
 * Runs every collector at once, each bounded by `timeoutMs`; a failure or a timeout is reported through
 * `failed` and never rejects, so one slow dependency cannot make the whole scrape fail.
 */
export async function runCollectors(collectors: readonly ScrapeCollector[], timeoutMs: number, failed: (name: string) => void): Promise<void> {
  await Promise.all(
    collectors.map(async (collector) => {
      try {
        await withTimeout(Promise.resolve().then(() => collector.collect()), timeoutMs, `metrics collector ${collector.name}`);
      } catch {
        failed(collector.name);
      }
    }),
  );
}
