import { TestBed } from '@angular/core/testing';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MatDateFormats,
} from '@angular/material/core';
import { calendarDateToIso } from './calendar-date';
import { provideUkDatepicker } from './provide-uk-datepicker';

describe('provideUkDatepicker', () => {
  let adapter: DateAdapter<Date>;
  let formats: MatDateFormats;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideUkDatepicker()] });
    adapter = TestBed.inject<DateAdapter<Date>>(DateAdapter);
    formats = TestBed.inject(MAT_DATE_FORMATS);
  });

  it('starts the calendar’s weeks on Monday', () => {
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    expect(adapter.getDayOfWeekNames('short')).toContain('Mon');
  });

  it('shows a day as DD/MM/YYYY: 10 September is 10/09/2026, not 09/10/2026', () => {
    const september10 = new Date(2026, 8, 10);
    expect(adapter.format(september10, formats.display.dateInput)).toBe(
      '10/09/2026',
    );
  });

  it('reads a typed DD/MM/YYYY day, and rejects days that do not exist', () => {
    const typed = adapter.parse('10/09/2026', formats.parse.dateInput);
    expect(calendarDateToIso(typed)).toBe('2026-09-10');
    const impossible = adapter.parse('31/02/2026', formats.parse.dateInput);
    expect(impossible && adapter.isValid(impossible)).toBe(false);
  });
});
