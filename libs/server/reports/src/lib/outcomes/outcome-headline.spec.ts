import { formats, outcomeHeadline, trendOf } from './outcome-headline';

const wording = { better: 'Fewer sessions disrupted by tech', worse: 'More sessions disrupted by tech', same: 'As many sessions disrupted by tech', unknown: 'Too few answers to compare' };

describe('outcome headlines', () => {
  it('says the issue’s sentence when the share falls and lower is better', () => {
    expect(outcomeHeadline({ current: 7, previous: 12, betterWhen: 'down' }, wording, 'this quarter', formats.percent)).toEqual({ text: 'Fewer sessions disrupted by tech this quarter (12 % → 7 %)', trend: 'better' });
  });

  it('says worse when the share rises and lower is better, and better when higher is better', () => {
    expect(outcomeHeadline({ current: 12.5, previous: 7, betterWhen: 'down' }, wording, 'in the month', formats.percent)).toEqual({ text: 'More sessions disrupted by tech in the month (7 % → 12.5 %)', trend: 'worse' });
    expect(trendOf({ current: 62, previous: 40, betterWhen: 'up' })).toBe('better');
    expect(trendOf({ current: 30, previous: 40, betterWhen: 'up' })).toBe('worse');
  });

  it('says the same, and gives no bracket when a value is missing or withheld', () => {
    expect(outcomeHeadline({ current: 7, previous: 7, betterWhen: 'down' }, wording, 'this week', formats.percent).trend).toBe('same');
    expect(outcomeHeadline({ current: 7, previous: null, betterWhen: 'down' }, wording, 'this week', formats.percent)).toEqual({ text: 'Too few answers to compare', trend: 'unknown' });
    expect(outcomeHeadline({ current: null, previous: 3, betterWhen: 'up' }, wording, 'this week', formats.percent).trend).toBe('unknown');
  });

  it('formats hours and plain numbers in en-GB, to one decimal', () => {
    expect(outcomeHeadline({ current: 12, previous: 30.25, betterWhen: 'down' }, wording, 'this quarter', formats.hours).text).toBe('Fewer sessions disrupted by tech this quarter (30.3 h → 12 h)');
    expect(outcomeHeadline({ current: 0.8, previous: 2.1, betterWhen: 'down' }, wording, 'after training', formats.plain, ' a PWP a month').text).toBe('Fewer sessions disrupted by tech after training (2.1 → 0.8 a PWP a month)');
  });
});
