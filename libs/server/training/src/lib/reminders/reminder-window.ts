import { addDays, fromLocal, isoDate, toLocal } from '@navdesk/server/core';

/** "The day before" is read on London's calendar, whatever the server's clock zone. */
export const REMINDER_TIME_ZONE = 'Europe/London';

export interface ReminderWindow {
  /** Tomorrow's London date, `2026-03-10`. */
  date: string;
  /** Tomorrow's first instant in London, inclusive. */
  from: Date;
  /** The day after's first instant in London, exclusive (23, 24 or 25 hours later). */
  to: Date;
}

/** The sessions to remind about at `now`: those starting on tomorrow's date in London. */
export function tomorrowInLondon(now: Date): ReminderWindow {
  const tomorrow = addDays(toLocal(now, REMINDER_TIME_ZONE), 1);
  return {
    date: isoDate(tomorrow),
    from: fromLocal(tomorrow, REMINDER_TIME_ZONE),
    to: fromLocal(addDays(tomorrow, 1), REMINDER_TIME_ZONE),
  };
}

/** The schedule's hours (`5 8-20 * * *`, London): reminders are not sent at night, even on a catch-up. */
export function withinReminderHours(now: Date): boolean {
  const { hour } = toLocal(now, REMINDER_TIME_ZONE);
  return hour >= 8 && hour <= 20;
}
