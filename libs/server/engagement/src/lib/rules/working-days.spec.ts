import { nextWorkingDaysWindow } from './working-days';

const at = (iso: string) => new Date(iso);
// England and Wales bank holidays used below.
const BANK_HOLIDAYS = new Set([
  '2026-04-03',
  '2026-04-06',
  '2026-05-25',
  '2026-12-25',
  '2026-12-28',
]);
const isBankHoliday = (date: string) => BANK_HOLIDAYS.has(date);
const noHolidays = () => false;

describe('nextWorkingDaysWindow', () => {
  it.each([
    [
      'Wed, 2 days → Wed and Thu',
      '2026-01-14T10:00:00Z',
      2,
      '2026-01-15T23:59:59.999Z',
    ],
    [
      'Wed, 1 day → the end of today',
      '2026-01-14T10:00:00Z',
      1,
      '2026-01-14T23:59:59.999Z',
    ],
    [
      'Fri, 2 days → Fri and Mon',
      '2026-01-16T10:00:00Z',
      2,
      '2026-01-19T23:59:59.999Z',
    ],
    [
      'Sat, 2 days → Mon and Tue',
      '2026-01-17T10:00:00Z',
      2,
      '2026-01-20T23:59:59.999Z',
    ],
    [
      'Sun late evening, 1 day → Mon',
      '2026-01-18T23:59:59.999Z',
      1,
      '2026-01-19T23:59:59.999Z',
    ],
    [
      'Fri before the spring-forward (Sun 29 Mar) → Mon 30 Mar 23:59:59.999 BST',
      '2026-03-27T10:00:00Z',
      2,
      '2026-03-30T22:59:59.999Z',
    ],
    [
      'Sat 28 Mar, over the spring-forward → Tue 31 Mar BST',
      '2026-03-28T10:00:00Z',
      2,
      '2026-03-31T22:59:59.999Z',
    ],
    [
      'Sun 29 Mar, just after the change → Mon 30 Mar BST',
      '2026-03-29T01:00:00Z',
      1,
      '2026-03-30T22:59:59.999Z',
    ],
    [
      'Fri before the fall-back (Sun 25 Oct) → Mon 26 Oct 23:59:59.999 GMT',
      '2026-10-23T09:00:00Z',
      2,
      '2026-10-26T23:59:59.999Z',
    ],
    [
      'Sun 25 Oct in the repeated hour → Mon 26 Oct GMT',
      '2026-10-25T01:30:00Z',
      1,
      '2026-10-26T23:59:59.999Z',
    ],
    [
      'Thu before the fall-back, 2 days → Fri 23 Oct BST',
      '2026-10-22T12:00:00Z',
      2,
      '2026-10-23T22:59:59.999Z',
    ],
    [
      'already Friday in London though Thursday in UTC (00:30 BST)',
      '2026-07-16T23:30:00Z',
      1,
      '2026-07-17T22:59:59.999Z',
    ],
  ])('%s', (_, now, days, to) => {
    const window = nextWorkingDaysWindow(at(now), days, noHolidays);
    expect(window.from.toISOString()).toBe(at(now).toISOString());
    expect(window.to.toISOString()).toBe(to);
  });

  it.each([
    [
      'Thu before Easter → Thu and Tue (Good Friday, Easter Monday closed)',
      '2026-04-02T09:00:00Z',
      2,
      '2026-04-07T22:59:59.999Z',
    ],
    [
      'on Good Friday itself → Tue and Wed',
      '2026-04-03T09:00:00Z',
      2,
      '2026-04-08T22:59:59.999Z',
    ],
    [
      'on the spring bank holiday, 1 day → Tue',
      '2026-05-25T09:00:00Z',
      1,
      '2026-05-26T22:59:59.999Z',
    ],
    [
      'Christmas Eve → Thu 24 and Tue 29 Dec',
      '2026-12-24T15:00:00Z',
      2,
      '2026-12-29T23:59:59.999Z',
    ],
  ])('skips bank holidays: %s', (_, now, days, to) => {
    expect(
      nextWorkingDaysWindow(at(now), days, isBankHoliday).to.toISOString(),
    ).toBe(to);
  });

  it('asks about London dates as YYYY-MM-DD', () => {
    const asked: string[] = [];
    nextWorkingDaysWindow(at('2026-04-02T23:30:00Z'), 2, (date) => {
      asked.push(date);
      return isBankHoliday(date);
    });
    // 23:30 UTC on 2 Apr is already 3 Apr in London (BST); weekends are never asked about.
    expect(asked).toEqual([
      '2026-04-03',
      '2026-04-06',
      '2026-04-07',
      '2026-04-08',
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects days = %p', (days) => {
    expect(() =>
      nextWorkingDaysWindow(at('2026-01-14T10:00:00Z'), days, noHolidays),
    ).toThrow(RangeError);
  });

  it('fails rather than looping when every day is a holiday', () => {
    expect(() =>
      nextWorkingDaysWindow(at('2026-01-14T10:00:00Z'), 1, () => true),
    ).toThrow(/no working day/);
  });
});
