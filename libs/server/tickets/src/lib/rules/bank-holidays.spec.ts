import { isoWeekday } from '@navdesk/server/core';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, englandAndWalesCalendar, loadBankHolidays } from './bank-holidays';

/** Easter Sunday (Gregorian), anonymous algorithm: an independent check of the Good Friday / Easter Monday dates. */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}
const shift = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10);
const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date);
const weekday = (iso: string) => isoWeekday({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });

describe('England and Wales bank holidays', () => {
  it('has eight dates a year for 2025–2028, all on weekdays, sorted and unique', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      expect(dates.filter((d) => d.startsWith(`${year}-`))).toHaveLength(8);
    }
    expect(dates.every((d) => weekday(d) <= 5)).toBe(true);
    expect([...new Set(dates)].sort()).toEqual(dates);
  });

  it.each([2025, 2026, 2027, 2028])('has Good Friday and Easter Monday around Easter %i', (year) => {
    const easter = easterSunday(year);
    expect(dates).toContain(shift(easter, -2));
    expect(dates).toContain(shift(easter, 1));
  });

  it('has the festive substitute days', () => {
    expect(dates).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-28', '2027-12-27', '2027-12-28', '2028-01-03']));
    expect(dates).not.toContain('2026-12-26');
  });

  it('builds a London calendar that is closed on them', () => {
    const cal = englandAndWalesCalendar();
    expect(cal.timeZone).toBe('Europe/London');
    expect(cal.isOpen(new Date('2027-12-28T12:00:00Z'))).toBe(false);
    expect(cal.isOpen(new Date('2027-12-29T12:00:00Z'))).toBe(true);
  });

  it('rejects a malformed file, naming the entry', () => {
    expect(() => loadBankHolidays([])).toThrow(/events/);
    expect(() => loadBankHolidays({ events: [{ date: '2026-12-25', title: 'ok' }, { date: '28/12/2026', title: 'x' }] })).toThrow(/events\[1\]\.date/);
    expect(() => loadBankHolidays({ events: [{ date: '2026-12-25' }] })).toThrow(/events\[0\]\.title/);
  });
});
