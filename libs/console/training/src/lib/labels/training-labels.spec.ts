import {
  CONFIDENCE_SCALE,
  durationWords,
  sessionPlace,
  signedChange,
} from './training-labels';

describe('training words', () => {
  it('offers confidence 1 to 10 and signs a change', () => {
    expect(CONFIDENCE_SCALE).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(signedChange(3)).toBe('+3');
    expect(signedChange(-2)).toBe('−2');
    expect(signedChange(0)).toBe('0');
    expect(signedChange(2.25)).toBe('+2.3');
  });

  it('says how long and where a session is', () => {
    expect(durationWords(45)).toBe('45 min');
    expect(durationWords(60)).toBe('1 h');
    expect(durationWords(90)).toBe('1 h 30 min');
    expect(sessionPlace({ mode: 'in_person', location: 'Room 4' })).toBe(
      'In person, Room 4',
    );
    expect(sessionPlace({ mode: 'online', location: null })).toBe('Online');
  });
});
