import { isRecord, unknownKeys } from './json-guards';

describe('json-guards', () => {
  it('isRecord accepts plain objects only', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });

  it('unknownKeys lists keys outside the allowed set', () => {
    expect(unknownKeys({ id: 1, pattern: 2 }, ['id', 'patterns'])).toEqual(['pattern']);
    expect(unknownKeys({ id: 1 }, ['id'])).toEqual([]);
  });
});
