import { ENGLAND_AND_WALES_BANK_HOLIDAYS_JSON } from '@navdesk/server/core';
import { assertIsoDate, BusinessCalendar, BusinessCalendarOptions } from './business-calendar';
import { isRecord } from './json-guards';

export interface BankHoliday {
  date: string;
  title: string;
}

/** Validates a bank-holiday file ({events: [{date, title}]}), so a bad edit fails at start-up, not in an SLA. */
export function loadBankHolidays(json: unknown): BankHoliday[] {
  const events = isRecord(json) ? json['events'] : undefined;
  if (!Array.isArray(events)) throw new TypeError('bank holidays: expected an object with an "events" array');
  return events.map((event: unknown, i) => {
    if (!isRecord(event)) throw new TypeError(`bank holidays: events[${i}] must be an object`);
    assertIsoDate(event['date'], `bank holidays: events[${i}].date`);
    const title = event['title'];
    if (typeof title !== 'string' || !title.trim()) throw new TypeError(`bank holidays: events[${i}].title must be a non-empty string`);
    return { date: event['date'], title };
  });
}

// The file lives in core (other domains count working days too); validated here as the SLA calendar needs it.
const englandAndWalesJson: unknown = ENGLAND_AND_WALES_BANK_HOLIDAYS_JSON;

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = Object.freeze(loadBankHolidays(englandAndWalesJson));

/** The default service calendar: Europe/London, Mon–Fri 09:00–17:00, England and Wales bank holidays closed. */
export function englandAndWalesCalendar(overrides: Omit<BusinessCalendarOptions, 'holidays'> = {}): BusinessCalendar {
  return new BusinessCalendar({ ...overrides, holidays: ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date) });
}
