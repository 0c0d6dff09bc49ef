import { LONDON_TIME_ZONE } from '@navdesk/console/ui';
import type { PatientCount, VendorNotificationMonth } from '@navdesk/contracts';

const UK_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

/** "3 Nov 2026": the UK day of an instant (ISO); the text itself when it is not one. */
export function ukDate(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : UK_DATE.format(at);
}

/** "November 2026" from "2026-11"; the text itself when it is not a month. */
export function monthName(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return MONTH_NAME.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** "4.2.0, 4.3.1", or words when no ticket was about a patient with a known version. */
export function appVersionsText(versions: readonly string[]): string {
  return versions.length > 0 ? versions.join(', ') : 'Not known';
}

function counted(count: PatientCount): boolean {
  return count === '<5' || count > 0;
}

/** Whether any month of the window has a change or a flag to show (a hidden count is one). */
export function hasNotificationBurden(
  months: readonly VendorNotificationMonth[],
): boolean {
  return months.some(
    (m) =>
      counted(m.changesApplied) ||
      counted(m.burdenFlagsRaised) ||
      counted(m.burdenFlagsCleared),
  );
}
