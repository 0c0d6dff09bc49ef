import { ALL_MIGRATIONS } from './index';

describe('migration list', () => {
  it('runs in timestamp order, each once', () => {
    const stamps = ALL_MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));
    expect(stamps.every((s) => Number.isFinite(s))).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
