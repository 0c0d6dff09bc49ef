import { decodeCursor, encodeCursor, toPage } from './page-query.dto';
import { InvalidInputException } from './validation.pipe';

describe('keyset pages', () => {
  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor(['a@x.test', 'id-1']), 2)).toEqual(['a@x.test', 'id-1']);
  });

  it('rejects a forged cursor as a 400 on the cursor field', () => {
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(InvalidInputException);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(/cursor/);
  });

  it('gives a next cursor only when there are more rows', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const full = toPage(rows, 2, (r) => r.k, (r) => [r.k]);
    expect(full.items).toEqual(['a', 'b']);
    expect(decodeCursor(full.nextCursor ?? undefined, 1)).toEqual(['b']);
    expect(toPage(rows, 3, (r) => r.k, (r) => [r.k]).nextCursor).toBeNull();
  });
});
