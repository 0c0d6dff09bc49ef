import { ageWords } from './age-words';

describe('ageWords', () => {
  const now = Date.parse('2026-03-05T12:00:00.000Z');
  it.each([
    ['2026-03-05T11:59:30.000Z', 'just now'],
    ['2026-03-05T11:48:00.000Z', '12 min'],
    ['2026-03-05T09:00:00.000Z', '3 h'],
    ['2026-03-04T11:00:00.000Z', '1 day'],
    ['2026-02-24T12:00:00.000Z', '9 days'],
    ['2026-03-06T12:00:00.000Z', 'just now'],
  ])('%s is %s old', (iso, words) => {
    expect(ageWords(iso, now)).toBe(words);
  });
});
