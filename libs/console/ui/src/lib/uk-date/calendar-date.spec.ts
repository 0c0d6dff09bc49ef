import { calendarDateToIso, isoToCalendarDate } from './calendar-date';

describe('calendar days between a datepicker and the API', () => {
  it('sends the day picked as YYYY-MM-DD', () => {
    expect(calendarDateToIso(new Date(2026, 8, 10))).toBe('2026-09-10');
    expect(calendarDateToIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(calendarDateToIso(null)).toBe('');
    expect(calendarDateToIso(new Date(NaN))).toBe('');
  });

  it('reads YYYY-MM-DD as the local day, and rejects days that do not exist', () => {
    const day = isoToCalendarDate('2026-09-10');
    expect([day?.getFullYear(), day?.getMonth(), day?.getDate()]).toEqual([
      2026, 8, 10,
    ]);
    expect(day?.getHours()).toBe(0);
    expect(calendarDateToIso(isoToCalendarDate('2024-02-29'))).toBe(
      '2024-02-29',
    );
    expect(isoToCalendarDate('2026-02-29')).toBeNull();
    expect(isoToCalendarDate('10/09/2026')).toBeNull();
    expect(isoToCalendarDate('')).toBeNull();
    expect(isoToCalendarDate(null)).toBeNull();
  });
});
