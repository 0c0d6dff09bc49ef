/*
 * A datepicker holds a calendar day as a Date at the browser's local midnight; the API and the
 * URLs take it as YYYY-MM-DD. Convert at the form's edge, from the local fields, so the day picked
 * is the day sent whatever the browser's zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day a datepicker holds, as YYYY-MM-DD; '' for no day or one that is not a date. */
export function calendarDateToIso(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  const month = pad(date.getMonth() + 1);
  return `${date.getFullYear()}-${month}-${pad(date.getDate())}`;
}

/** YYYY-MM-DD as the Date a datepicker holds for that day; null when it is not a real day. */
export function isoToCalendarDate(
  iso: string | null | undefined,
): Date | null {
  const match = ISO_DATE.exec(iso ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const date = new Date(year, month, day);
  // new Date() rolls 31 February over into March; that is not the day asked for.
  const same =
    date.getFullYear() === year &&
    date.getMonth() === month &&
    date.getDate() === day;
  return same ? date : null;
}
