import fc from 'fast-check';
import { suppress, suppressParts } from './suppression';

describe('suppress', () => {
  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [120, 120],
  ])('%s → %s', (n, shown) => expect(suppress(n)).toBe(shown));
});

describe('suppressParts', () => {
  it('hides 1–4, and a second cell when one hidden cell could be recovered from the total', () => {
    expect(suppressParts([3, 10, 20])).toEqual({ parts: ['<5', '<5', 20], total: 33 });
    expect(suppressParts([3, 2, 20])).toEqual({ parts: ['<5', '<5', 20], total: 25 });
    expect(suppressParts([0, 10, 20])).toEqual({ parts: [0, 10, 20], total: 30 });
    expect(suppressParts([2])).toEqual({ parts: ['<5'], total: '<5' });
  });

  it('never lets a hidden count be recovered from the total and the shown cells (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const shown = suppressParts(parts);
        const hidden = shown.parts.filter((p) => p === '<5').length;
        // Hidden cells are never exactly one while the total is shown.
        if (typeof shown.total === 'number') expect(hidden === 1).toBe(false);
        // Every small count is hidden; every shown count is the true count.
        shown.parts.forEach((p, i) => {
          const n = parts[i] as number;
          if (n > 0 && n < 5) expect(p).toBe('<5');
          else if (p !== '<5') expect(p).toBe(n);
        });
      }),
    );
  });
});
