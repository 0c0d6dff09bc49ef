import type { ReportInterval } from '@navdesk/contracts';
import { addDays, bucketStarts } from './report-window';

/** Usability trends are built a few buckets at a time, never splitting one, so a long export reports progress as it goes. */
const BUCKETS_PER_CHUNK: Record<ReportInterval, number> = { day: 31, week: 5, month: 1 };

export function exportChunks(from: string, to: string, interval: ReportInterval): { from: string; to: string }[] {
  const starts = bucketStarts(from, to, interval);
  const chunks: { from: string; to: string }[] = [];
  for (let i = 0; i < starts.length; i += BUCKETS_PER_CHUNK[interval]) {
    const first = starts[i] as string;
    const next = starts[i + BUCKETS_PER_CHUNK[interval]];
    // Windows are inclusive of `to`: a chunk ends the day before the next one starts.
    chunks.push({ from: first < from ? from : first, to: next && next <= to ? addDays(next, -1) : to });
  }
  return chunks;
}
