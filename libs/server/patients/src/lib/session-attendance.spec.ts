import { countAttended, wasHeld } from './session-attendance';

const NOW = new Date('2026-12-02T12:00:00Z');
const past = (attended: boolean | null) => ({ startsAt: new Date('2026-11-25T10:00:00Z'), attended });
const coming = (attended: boolean | null) => ({ startsAt: new Date('2026-12-09T10:00:00Z'), attended });

describe('sessions attended', () => {
  it('counts what the records feed says happened, not what was planned', () => {
    expect(wasHeld(past(true), NOW)).toBe(true);
    expect(wasHeld(past(false), NOW)).toBe(false);
    expect(countAttended([past(true), past(false), past(false), coming(null)], NOW)).toBe(1);
  });

  it('falls back to the plan when the feed has not said: a past session counts as held, a coming one not', () => {
    expect(wasHeld(past(null), NOW)).toBe(true);
    expect(wasHeld(coming(null), NOW)).toBe(false);
    expect(countAttended([past(null), past(true), past(false), coming(null)], NOW)).toBe(2);
  });
});
