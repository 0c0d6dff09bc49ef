import { Writable } from 'node:stream';
import { boundedStreamWriter } from './bounded-stream-writer';

/** A reader that never reads: every write stays buffered. */
function stalled(): Writable {
  return new Writable({ highWaterMark: 16, write: () => undefined });
}

describe('boundedStreamWriter', () => {
  it('writes while the reader keeps up', () => {
    const seen: string[] = [];
    const out = new Writable({ write: (chunk, _enc, done) => (seen.push(String(chunk)), done()) });
    const write = boundedStreamWriter(out, () => { throw new Error('no overflow expected'); }, 100);
    for (let i = 0; i < 50; i++) write('0123456789');
    expect(seen.join('')).toHaveLength(500);
    expect(out.destroyed).toBe(false);
  });

  it('closes a stream whose reader stalled once its unread bytes would pass the limit, and says so once', () => {
    const out = stalled();
    const overflows: number[] = [];
    const write = boundedStreamWriter(out, (unread) => overflows.push(unread), 100);
    for (let i = 0; i < 10; i++) write('0123456789');
    expect(out.destroyed).toBe(false);
    expect(out.writableLength).toBe(100);
    write('0');
    write('0123456789');
    expect(out.destroyed).toBe(true);
    expect(overflows).toEqual([100]);
  });
});
