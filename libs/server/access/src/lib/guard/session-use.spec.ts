import { countsAsUse } from './session-use';

describe('countsAsUse', () => {
  it('counts an ordinary request as use of the session', () => {
    expect(countsAsUse({ headers: {} }, false)).toBe(true);
  });

  it('does not count a poll the console marks as background, nor a background route', () => {
    expect(countsAsUse({ headers: { 'x-navdesk-background': '1' } }, false)).toBe(false);
    expect(countsAsUse({ headers: {} }, true)).toBe(false);
  });
});
