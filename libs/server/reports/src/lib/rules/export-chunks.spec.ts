import fc from 'fast-check';
import { exportChunks } from './export-chunks';
import { addDays, bucketStart } from './report-window';

describe('exportChunks', () => {
  it('covers the window exactly once and never splits a bucket (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 500 }), fc.constantFrom('day', 'week', 'month' as const), (offset, length, interval) => {
        const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const from = day(offset);
        const to = day(offset + length);
        const chunks = exportChunks(from, to, interval);
        expect(chunks[0]?.from).toBe(from);
        expect(chunks[chunks.length - 1]?.to).toBe(to);
        for (const c of chunks) expect(c.from <= c.to).toBe(true);
        for (let i = 1; i < chunks.length; i++) {
          expect(chunks[i]?.from).toBe(addDays(chunks[i - 1]?.to as string, 1));
          // A chunk starts where a bucket starts, so a bucket lies in one chunk only.
          expect(bucketStart(chunks[i]?.from as string, interval)).toBe(chunks[i]?.from);
        }
      }),
    );
  });
});
