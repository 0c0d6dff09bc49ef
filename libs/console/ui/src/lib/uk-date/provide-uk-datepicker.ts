import { Provider } from '@angular/core';
import { MAT_DATE_LOCALE } from '@angular/material/core';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { enGB } from 'date-fns/locale/en-GB';

/**
 * Material's datepickers, British: weeks start on Monday, and days are shown and typed as
 * DD/MM/YYYY. Provided once, app-wide (and by the specs of components with a datepicker).
 */
export function provideUkDatepicker(): Provider[] {
  return [
    provideDateFnsAdapter(),
    { provide: MAT_DATE_LOCALE, useValue: enGB },
  ];
}
