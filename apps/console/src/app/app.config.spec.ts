import { formatDate, formatNumber } from '@angular/common';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_DATE_FORMATS } from '@angular/material/core';
import { appConfig } from './app.config';

describe('appConfig: a British console', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: appConfig.providers });
  });

  it('formats as en-GB, with the locale data registered', () => {
    const locale = TestBed.inject(LOCALE_ID);
    expect(locale).toBe('en-GB');
    expect(
      formatDate('2026-09-10T12:00:00Z', 'shortDate', locale, 'UTC'),
    ).toBe('10/09/2026');
    expect(formatNumber(1234.5, locale)).toBe('1,234.5');
  });

  it('gives every datepicker Monday-first weeks and DD/MM/YYYY days', () => {
    const adapter = TestBed.inject<DateAdapter<Date>>(DateAdapter);
    const formats = TestBed.inject(MAT_DATE_FORMATS);
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    const september10 = new Date(2026, 8, 10);
    expect(adapter.format(september10, formats.display.dateInput)).toBe(
      '10/09/2026',
    );
  });
});
