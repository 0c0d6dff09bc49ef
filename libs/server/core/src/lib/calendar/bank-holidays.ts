/**
 * England and Wales bank holidays (GOV.UK's list), shared by every domain that counts working days:
 * tickets' SLA calendar, engagement's "next two working days" of briefs.
 */
// require, not import: the workspace does not enable resolveJsonModule; callers validate what they use.
export const ENGLAND_AND_WALES_BANK_HOLIDAYS_JSON: unknown = require('./data/bank-holidays-england-wales.json');

/** The dates alone (YYYY-MM-DD), checked: a bad edit fails at start-up, not in a brief. */
export const ENGLAND_AND_WALES_BANK_HOLIDAY_DATES: ReadonlySet<string> = (() => {
  const events = (ENGLAND_AND_WALES_BANK_HOLIDAYS_JSON as { events?: unknown }).events;
  if (!Array.isArray(events)) throw new TypeError('bank holidays: expected an object with an "events" array');
  return new Set(
    events.map((e: unknown, i) => {
      const date = (e as { date?: unknown } | null)?.date;
      if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new TypeError(`bank holidays: events[${i}].date must be YYYY-MM-DD`);
      return date;
    }),
  );
})();
