import type { ChartData } from '@navdesk/console/ui/chart';
import type { PatientEngagement } from '@navdesk/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** `YYYY-MM-DD` of an ISO instant or day (the calendar day in UTC). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

function addDays(day: string, days: number): string {
  return new Date(dayMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the week holding `day`. */
function mondayOf(day: string): string {
  const weekday = (new Date(dayMs(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** "2 Mar" */
export function shortDay(day: string): string {
  const date = new Date(dayMs(day));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/** "Mon 2 Mar 2026" */
export function longDay(day: string): string {
  const date = new Date(dayMs(day));
  return `${WEEKDAYS[(date.getUTCDay() + 6) % 7]} ${shortDay(day)} ${date.getUTCFullYear()}`;
}

/** The mood ratings as one line on a 0–10 scale. */
export function moodChart(engagement: PatientEngagement): ChartData {
  const ratings = [...engagement.mood].sort((a, b) => a.at.localeCompare(b.at));
  return {
    labels: ratings.map((rating) => shortDay(dayOf(rating.at))),
    series: [
      { label: 'Mood (0–10)', values: ratings.map((rating) => rating.value) },
    ],
  };
}

export interface CalendarDay {
  day: string;
  logins: number;
  /** False for the padding days before `from` and after `to`. */
  inRange: boolean;
  /** "Mon 2 Mar 2026: 2 log-ins" */
  label: string;
}

export interface CalendarWeek {
  /** The Monday. */
  start: string;
  /** "w/c 2 Mar" */
  label: string;
  /** Monday to Sunday. */
  days: CalendarDay[];
}

export interface LoginCalendar {
  weeks: CalendarWeek[];
  daysInRange: number;
  daysActive: number;
  /** The longest run of days in range without a log-in. */
  longestGapDays: number;
}

function loginWords(count: number): string {
  if (count === 0) return 'no log-ins';
  return count === 1 ? '1 log-in' : `${count} log-ins`;
}

/** Log-ins per day over the range, in whole weeks (Monday first). */
export function loginCalendar(engagement: PatientEngagement): LoginCalendar {
  const counts = new Map<string, number>();
  for (const row of engagement.daily) {
    if (row.logins > 0) counts.set(row.day, row.logins);
  }
  if (counts.size === 0) {
    for (const at of engagement.logins) {
      const day = dayOf(at);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
  }
  const first = dayOf(engagement.from);
  const last = dayOf(engagement.to);
  const weeks: CalendarWeek[] = [];
  let daysInRange = 0;
  let daysActive = 0;
  let gap = 0;
  let longestGapDays = 0;
  for (let start = mondayOf(first); start <= last; start = addDays(start, 7)) {
    const days: CalendarDay[] = [];
    for (let offset = 0; offset < 7; offset++) {
      const day = addDays(start, offset);
      const inRange = day >= first && day <= last;
      const logins = inRange ? (counts.get(day) ?? 0) : 0;
      if (inRange) {
        daysInRange += 1;
        if (logins > 0) {
          daysActive += 1;
          gap = 0;
        } else {
          gap += 1;
          longestGapDays = Math.max(longestGapDays, gap);
        }
      }
      days.push({
        day,
        logins,
        inRange,
        label: `${longDay(day)}: ${inRange ? loginWords(logins) : 'outside the period'}`,
      });
    }
    weeks.push({ start, label: `w/c ${shortDay(start)}`, days });
  }
  return { weeks, daysInRange, daysActive, longestGapDays };
}

/** Notifications sent and dismissed per week (Monday first). */
export function notificationChart(engagement: PatientEngagement): ChartData {
  const first = dayOf(engagement.from);
  const last = dayOf(engagement.to);
  const weeks: string[] = [];
  for (let start = mondayOf(first); start <= last; start = addDays(start, 7)) {
    weeks.push(start);
  }
  const sent = weeks.map(() => 0);
  const dismissed = weeks.map(() => 0);
  for (const row of engagement.daily) {
    const index = weeks.indexOf(mondayOf(row.day));
    if (index === -1) continue;
    sent[index] += row.notificationsSent;
    dismissed[index] += row.notificationsDismissed;
  }
  return {
    labels: weeks.map((start) => `w/c ${shortDay(start)}`),
    series: [
      { label: 'Sent', values: sent },
      { label: 'Dismissed unread', values: dismissed },
    ],
  };
}

export interface ModuleRow {
  moduleId: string;
  mandatory: boolean;
  startedAt: string | null;
  completedAt: string | null;
  status: 'completed' | 'started' | 'not_started';
}

export const MODULE_STATUS_LABELS: Record<ModuleRow['status'], string> = {
  completed: 'Completed',
  started: 'Started',
  not_started: 'Not started',
};

/**
 * Mandatory modules first (those not yet started included), then the rest; each group by when
 * it was started.
 */
export function moduleRows(
  engagement: PatientEngagement,
  mandatoryModules: readonly string[] = [],
): ModuleRow[] {
  const rows: ModuleRow[] = engagement.modules.map((module) => ({
    moduleId: module.moduleId,
    mandatory: module.mandatory || mandatoryModules.includes(module.moduleId),
    startedAt: module.startedAt,
    completedAt: module.completedAt,
    status: module.completedAt
      ? 'completed'
      : module.startedAt
        ? 'started'
        : 'not_started',
  }));
  for (const moduleId of mandatoryModules) {
    if (!rows.some((row) => row.moduleId === moduleId)) {
      rows.push({
        moduleId,
        mandatory: true,
        startedAt: null,
        completedAt: null,
        status: 'not_started',
      });
    }
  }
  return rows.sort(
    (a, b) =>
      Number(b.mandatory) - Number(a.mandatory) ||
      (a.startedAt ?? '\uffff').localeCompare(b.startedAt ?? '\uffff') ||
      a.moduleId.localeCompare(b.moduleId),
  );
}
