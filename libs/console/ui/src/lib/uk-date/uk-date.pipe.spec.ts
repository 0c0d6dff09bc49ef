import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { formatUkDate, UkDateFormat, UkDatePipe } from './uk-date.pipe';

// 23:30 UTC: in summer (BST, UTC+1) already the next day in the UK; in winter (GMT) not.
const SUMMER_NIGHT = '2026-07-01T23:30:00Z';
const WINTER_NIGHT = '2026-01-01T23:30:45Z';

describe('UK dates', () => {
  it('shows a summer night in British Summer Time: the next day, half past midnight', () => {
    expect(formatUkDate(SUMMER_NIGHT, 'd MMM y, HH:mm')).toBe(
      '2 Jul 2026, 00:30',
    );
    expect(formatUkDate(SUMMER_NIGHT, 'd MMM y')).toBe('2 Jul 2026');
    expect(formatUkDate(SUMMER_NIGHT, 'HH:mm')).toBe('00:30');
  });

  it('shows a winter night in GMT: the same day', () => {
    expect(formatUkDate(WINTER_NIGHT, 'd MMM y, HH:mm')).toBe(
      '1 Jan 2026, 23:30',
    );
    expect(formatUkDate(WINTER_NIGHT, 'd MMM y')).toBe('1 Jan 2026');
    expect(formatUkDate(WINTER_NIGHT, 'HH:mm:ss')).toBe('23:30:45');
  });

  it('follows the clocks across their change (29 March 2026, 01:00 UTC)', () => {
    expect(formatUkDate('2026-03-29T00:59:00Z', 'HH:mm')).toBe('00:59');
    expect(formatUkDate('2026-03-29T01:00:00Z', 'HH:mm')).toBe('02:00');
  });

  it('writes every pattern the console uses, en-GB', () => {
    const cases: [UkDateFormat, string][] = [
      ['d MMM', '2 Jul'],
      ['d MMM y', '2 Jul 2026'],
      ['d MMM, HH:mm', '2 Jul, 00:30'],
      ['d MMM, HH:mm:ss', '2 Jul, 00:30:00'],
      ['d MMM y, HH:mm', '2 Jul 2026, 00:30'],
      ['d MMM y, HH:mm:ss', '2 Jul 2026, 00:30:00'],
      ['EEE d MMM, HH:mm', 'Thu 2 Jul, 00:30'],
      ['EEE d MMM y, HH:mm', 'Thu 2 Jul 2026, 00:30'],
      ['EEEE d MMMM y, HH:mm', 'Thursday 2 July 2026, 00:30'],
      ['dd/MM/y, HH:mm:ss', '02/07/2026, 00:30:00'],
      ['HH:mm', '00:30'],
      ['HH:mm:ss', '00:30:00'],
    ];
    expect(
      cases.map(([format]) => [format, formatUkDate(SUMMER_NIGHT, format)]),
    ).toEqual(cases);
    expect(formatUkDate('2026-09-10T12:00:00Z', 'dd/MM/y, HH:mm:ss')).toBe(
      '10/09/2026, 13:00:00',
    );
  });

  it('takes a Date or epoch milliseconds as well as an ISO string', () => {
    const at = new Date(SUMMER_NIGHT);
    expect(formatUkDate(at, 'd MMM y, HH:mm')).toBe('2 Jul 2026, 00:30');
    expect(formatUkDate(at.getTime(), 'd MMM y, HH:mm')).toBe(
      '2 Jul 2026, 00:30',
    );
  });

  it('shows nothing for no date or one that is not a date', () => {
    expect(formatUkDate(null, 'd MMM y')).toBe('');
    expect(formatUkDate(undefined, 'd MMM y')).toBe('');
    expect(formatUkDate('', 'd MMM y')).toBe('');
    expect(formatUkDate('not a date', 'd MMM y')).toBe('');
  });

  it('does not depend on the browser’s time zone', () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/Los_Angeles';
      // Proof the zone really changed: the local day of the summer night is 1 July.
      expect(new Date(SUMMER_NIGHT).getDate()).toBe(1);
      expect(formatUkDate(SUMMER_NIGHT, 'd MMM y, HH:mm')).toBe(
        '2 Jul 2026, 00:30',
      );
      process.env['TZ'] = 'Asia/Tokyo';
      expect(formatUkDate(WINTER_NIGHT, 'd MMM y, HH:mm')).toBe(
        '1 Jan 2026, 23:30',
      );
    } finally {
      process.env['TZ'] = zone;
    }
  });

  it('formats in a template as `ukDate`', async () => {
    @Component({
      changeDetection: ChangeDetectionStrategy.OnPush,
      imports: [UkDatePipe],
      template: `<time>{{ at() | ukDate: 'EEE d MMM y, HH:mm' }}</time>`,
    })
    class HostComponent {
      readonly at = signal<string | null>(SUMMER_NIGHT);
    }
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const time = (fixture.nativeElement as HTMLElement).querySelector('time');
    expect(time?.textContent).toBe('Thu 2 Jul 2026, 00:30');
    fixture.componentInstance.at.set('2026-12-24T18:05:00Z');
    await fixture.whenStable();
    expect(time?.textContent).toBe('Thu 24 Dec 2026, 18:05');
  });
});
