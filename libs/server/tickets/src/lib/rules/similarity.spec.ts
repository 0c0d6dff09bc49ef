import { DEFAULT_SIMILARITY_THRESHOLD, normaliseForSimilarity, trigrams, trigramSimilarity } from './similarity';

const similar = (a: string, b: string) => trigramSimilarity(normaliseForSimilarity(a), normaliseForSimilarity(b));

describe('normaliseForSimilarity', () => {
  it('lower-cases, drops patient refs and punctuation, collapses spaces', () => {
    expect(normaliseForSimilarity('  P-7QK2M9: App CRASHES!!  (again)… see p-3xr8wd ')).toBe('app crashes again see');
  });

  it('joins contractions the way people also type them', () => {
    expect(normaliseForSimilarity('Patient can’t log in, won\'t open')).toBe('patient cant log in wont open');
  });

  it('keeps accented letters and digits', () => {
    expect(normaliseForSimilarity('Module 3 – Café')).toBe('module 3 café');
  });
});

describe('trigramSimilarity', () => {
  it('builds pg_trgm trigrams: two spaces before each word, one after', () => {
    expect([...trigrams('Cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(trigrams('a a').size).toBe(2);
  });

  // Expected values were taken from PostgreSQL 15 pg_trgm's similarity() on the same strings.
  it.each([
    ['too many notifications on the app', 'app sending too many notifications', 0.6585366],
    ['too many notifications', 'too many reminders', 0.27272728],
    ['too many notifications on the app', 'patient cannot log in password reset link expired', 0.025641026],
    ['Café – naïve résumé x_y a', 'cafe naive resume xy', 0.25],
    ['ab-cd 12', 'CD ab 1', 0.7],
    ['Ärger ÄRGER straße', 'ärger STRASSE', 0.5882353],
    ['', '', 0],
    ['a', 'a', 1],
  ])('matches pg_trgm: similarity(%p, %p) = %p', (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 6);
  });

  it('scores two phrasings of the same notification fault at or above the threshold', () => {
    expect(similar('Patient P-7QK2M9 getting too many notifications from the app', 'P-3XR8WD gets too many app notifications every day')).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY_THRESHOLD);
    expect(similar('Notifications going off all night!', 'notification reminders all through the night')).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY_THRESHOLD);
  });

  it('scores unrelated faults below the threshold', () => {
    expect(similar('App crashes when opening mood diary', 'Too many notifications from the app')).toBeLessThan(DEFAULT_SIMILARITY_THRESHOLD);
    expect(similar('Mood ratings not showing on dashboard', 'Too many notifications from the app')).toBeLessThan(DEFAULT_SIMILARITY_THRESHOLD);
    expect(similar("P-7QK2M9 can't log in, reset link expired", 'Too many notifications from the app')).toBeLessThan(DEFAULT_SIMILARITY_THRESHOLD);
  });

  it('ignores patient refs once normalised, so different patients with the same fault group together', () => {
    expect(similar('P-7QK2M9 app white screen', 'P-AB12CD app white screen')).toBe(1);
  });

  it('is symmetric', () => {
    expect(trigramSimilarity('login fails', 'fails to login')).toBe(trigramSimilarity('fails to login', 'login fails'));
  });
});
