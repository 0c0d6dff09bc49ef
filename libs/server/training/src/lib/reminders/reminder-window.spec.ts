import { tomorrowInLondon, withinReminderHours } from './reminder-window';

describe('tomorrowInLondon', () => {
  it('is tomorrow’s London day in winter (London on UTC)', () => {
    expect(tomorrowInLondon(new Date('2026-01-14T10:00:00Z'))).toEqual({
      date: '2026-01-15',
      from: new Date('2026-01-15T00:00:00Z'),
      to: new Date('2026-01-16T00:00:00Z'),
    });
  });

  it('is tomorrow’s London day in summer, an hour ahead of UTC', () => {
    expect(tomorrowInLondon(new Date('2026-07-14T09:00:00Z'))).toEqual({
      date: '2026-07-15',
      from: new Date('2026-07-14T23:00:00Z'),
      to: new Date('2026-07-15T23:00:00Z'),
    });
  });

  it('counts from London’s date, not UTC’s, just after midnight in summer', () => {
    // 23:30 UTC on the 14th is 00:30 on the 15th in London: tomorrow is the 16th.
    expect(tomorrowInLondon(new Date('2026-07-14T23:30:00Z')).date).toBe(
      '2026-07-16',
    );
  });

  it('spans 23 hours on the day the clocks go forward and 25 on the day they go back', () => {
    const spring = tomorrowInLondon(new Date('2026-03-28T12:00:00Z'));
    expect(spring.date).toBe('2026-03-29');
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * 3_600_000);
    const autumn = tomorrowInLondon(new Date('2026-10-24T12:00:00Z'));
    expect(autumn.date).toBe('2026-10-25');
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * 3_600_000);
  });
});

describe('withinReminderHours', () => {
  it('is 08:00–20:59 on London’s clock, in winter and in summer', () => {
    expect(withinReminderHours(new Date('2026-01-14T07:59:00Z'))).toBe(false);
    expect(withinReminderHours(new Date('2026-01-14T08:00:00Z'))).toBe(true);
    expect(withinReminderHours(new Date('2026-01-14T20:59:00Z'))).toBe(true);
    expect(withinReminderHours(new Date('2026-01-14T21:00:00Z'))).toBe(false);
    // 07:30 UTC is 08:30 in London in July; 20:30 UTC is 21:30.
    expect(withinReminderHours(new Date('2026-07-14T07:30:00Z'))).toBe(true);
    expect(withinReminderHours(new Date('2026-07-14T20:30:00Z'))).toBe(false);
  });
});
