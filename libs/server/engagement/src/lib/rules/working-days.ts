import {
  addDays,
  endOfLondonDay,
  isoDate,
  isoWeekday,
  LocalDate,
  toLondon,
} from './london-time';

/** A year with no working day is a misconfigured holiday list; stop rather than loop forever. */
const MAX_CLOSED_DAYS_IN_A_ROW = 366;

/**
 * From `now` to 23:59:59.999 (London) of the `days`-th working day (Mon–Fri, not a holiday), counting
 * today when today is a working day — e.g. "the face-to-face sessions in the next two working days".
 * `isHoliday` receives London dates as 'YYYY-MM-DD'.
 */
export function nextWorkingDaysWindow(
  now: Date,
  days: number,
  isHoliday: (isoDate: string) => boolean,
): { from: Date; to: Date } {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(
      `nextWorkingDaysWindow: days must be a whole number ≥ 1, got ${days}`,
    );
  let date: LocalDate = toLondon(now);
  let found = 0;
  for (let closedRun = 0; ; date = addDays(date, 1)) {
    if (isWorkingDay(date, isHoliday)) {
      closedRun = 0;
      if (++found === days)
        return { from: new Date(now.getTime()), to: endOfLondonDay(date) };
    } else if (++closedRun > MAX_CLOSED_DAYS_IN_A_ROW) {
      throw new Error(
        `nextWorkingDaysWindow: no working day in ${MAX_CLOSED_DAYS_IN_A_ROW} days`,
      );
    }
  }
}

export function isWorkingDay(
  date: LocalDate,
  isHoliday: (isoDate: string) => boolean,
): boolean {
  return isoWeekday(date) <= 5 && !isHoliday(isoDate(date));
}
