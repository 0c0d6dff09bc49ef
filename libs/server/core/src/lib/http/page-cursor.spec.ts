import { cursorPart, defineCursor } from './page-cursor';
import { InvalidInputException } from './validation.pipe';

const forge = (key: unknown): string => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('keyset cursors', () => {
  const byEmail = defineCursor(cursorPart.text, cursorPart.uuid);
  const byTime = defineCursor(cursorPart.time, cursorPart.uuid);
  const id = '3f2a7c1e-0b4d-4e8a-9c6f-1d2e3f4a5b6c';

  it('round-trips a cursor it gave out', () => {
    expect(byEmail.decode(byEmail.encode(['a@x.test', id]))).toEqual(['a@x.test', id]);
    expect(byEmail.decode(undefined)).toBeNull();
  });

  it('rejects a cursor that is not base64 JSON, or has the wrong arity, as a 400 on cursor', () => {
    expect(() => byEmail.decode('not-a-cursor')).toThrow(InvalidInputException);
    expect(() => byEmail.decode(forge(['only-one']))).toThrow(/cursor/);
  });

  it('rejects look-alikes of the right type that Postgres would refuse', () => {
    const cases = [
      forge(['a@x.test', '------------------------------------']),
      forge(['a@x.test', `${id.slice(0, -1)}g`]),
      forge(['a\u0000b', id]),
      forge(['2026-02-30T10:00:00.000Z', id]),
      forge(['0000-01-01T00:00:00.000Z', id]),
      forge(['2026-01-01T25:00:00.000Z', id]),
      forge([12, id]),
    ];
    for (const c of cases.slice(0, 3)) expect(() => byEmail.decode(c)).toThrow(InvalidInputException);
    for (const c of cases.slice(3)) expect(() => byTime.decode(c)).toThrow(InvalidInputException);
    try {
      byTime.decode(cases[3]);
    } catch (e) {
      expect((e as InvalidInputException).details).toEqual([{ field: 'cursor', message: 'cursor is not one this list gave out' }]);
    }
  });

  it('accepts ±infinity only where the list sorts by it, and only finite numbers', () => {
    const due = defineCursor(cursorPart.timeOrInfinity, cursorPart.uuid);
    expect(due.decode(forge(['-infinity', id]))).toEqual(['-infinity', id]);
    expect(() => byTime.decode(forge(['infinity', id]))).toThrow(InvalidInputException);
    const byCount = defineCursor(cursorPart.number, cursorPart.text);
    expect(byCount.decode(forge([-3, 'P-ABC123']))).toEqual([-3, 'P-ABC123']);
    expect(() => byCount.decode(forge([1e300, 'P-ABC123']))).toThrow(InvalidInputException);
    expect(() => byCount.decode(forge(['3', 'P-ABC123']))).toThrow(InvalidInputException);
  });

  it('gives a next cursor only when there are more rows', () => {
    const byText = defineCursor(cursorPart.text);
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const full = byText.page(rows, 2, (r) => r.k, (r) => [r.k]);
    expect(full.items).toEqual(['a', 'b']);
    expect(byText.decode(full.nextCursor ?? undefined)).toEqual(['b']);
    expect(byText.page(rows, 3, (r) => r.k, (r) => [r.k]).nextCursor).toBeNull();
  });
});
