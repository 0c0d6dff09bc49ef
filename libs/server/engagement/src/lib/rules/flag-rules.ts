import { FLAG_KINDS } from '@navdesk/contracts';
import type { FlagKind, FlagThresholds } from '@navdesk/contracts';

import { classifyCause } from './flag-cause';
import type { MoodSignal, PatientSignals, RaisedFlag } from './flag-inputs';
import {
  calendarDaysBetween,
  formatDay,
  MS_PER_DAY,
  plural,
  wholeDaysBetween,
} from './london-time';

/** Why a kind's condition holds, before the cause is added; null when it does not hold. */
type Condition = (
  signals: PatientSignals,
  thresholds: FlagThresholds,
) => string | null;

const CONDITIONS: Record<FlagKind, Condition> = {
  no_login: noLogin,
  mood_drop: moodDrop,
  no_mood: noMood,
  module_overdue: moduleOverdue,
  notification_burden: notificationBurden,
};

/**
 * Every flag whose condition holds at `signals.now`, in FLAG_KINDS order. Day thresholds count
 * 24-hour periods and fire at the threshold (≥): no_login with noLoginDays 7 fires exactly 7 × 24 h
 * after the last log-in. Details count London calendar days and give dates as "17 Nov".
 */
export function evaluateFlags(
  signals: PatientSignals,
  thresholds: FlagThresholds,
): RaisedFlag[] {
  assertFlagThresholds(thresholds);
  const raised: RaisedFlag[] = [];
  for (const kind of FLAG_KINDS) {
    const condition = CONDITIONS[kind](signals, thresholds);
    if (condition === null) continue;
    const { cause, reasons } = classifyCause(kind, signals);
    raised.push({ kind, cause, detail: [condition, ...reasons].join('; ') });
  }
  return raised;
}

/** Rejects thresholds that would flag everyone or no one by mistake (zero, negative, NaN). */
export function assertFlagThresholds(thresholds: FlagThresholds): void {
  for (const [name, value] of Object.entries(thresholds)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(
        `Flag threshold ${name} must be a number above 0, got ${JSON.stringify(value)}`,
      );
    }
  }
}

function noLogin(s: PatientSignals, t: FlagThresholds): string | null {
  const last = latestAt(s.logins.map((l) => l.at));
  return silence(s, t.noLoginDays, last, 'log-in');
}

function noMood(s: PatientSignals, t: FlagThresholds): string | null {
  const last = latestAt(s.moods.map((m) => m.at));
  return silence(s, t.noMoodDays, last, 'mood rating');
}

/** Silence counts from the last event, but never from before the patient was registered. */
function silence(
  s: PatientSignals,
  thresholdDays: number,
  last: Date | null,
  what: string,
): string | null {
  const since =
    last !== null && last.getTime() > s.registeredAt.getTime() ? last : null;
  const from = since ?? s.registeredAt;
  if (s.now.getTime() - from.getTime() < thresholdDays * MS_PER_DAY)
    return null;
  // Shown as London calendar days, as a navigator counts them ("last 11 Nov" on 20 Nov is 9 days), but
  // never fewer than the whole 24-hour periods that crossed the threshold (the autumn clock change).
  const days = plural(
    Math.max(calendarDaysBetween(from, s.now), wholeDaysBetween(from, s.now)),
    'day',
  );
  return since !== null
    ? `No ${what} for ${days} (last ${formatDay(since)})`
    : `No ${what} since registering on ${formatDay(from)} (${days})`;
}

function moodDrop(s: PatientSignals, t: FlagThresholds): string | null {
  const latest = latestMood(s.moods);
  if (latest === null) return null;
  const windowStart = latest.at.getTime() - t.moodDropWindowDays * MS_PER_DAY;
  let peak: MoodSignal | null = null;
  for (const m of s.moods) {
    const at = m.at.getTime();
    if (at < windowStart || at > latest.at.getTime()) continue;
    // The highest rating; of equal highs the most recent, so "fell … in N days" is the quickest fall.
    if (
      peak === null ||
      m.value > peak.value ||
      (m.value === peak.value && at > peak.at.getTime())
    )
      peak = m;
  }
  if (peak === null || peak.value - latest.value < t.moodDropPoints)
    return null;
  const days = calendarDaysBetween(peak.at, latest.at);
  const fell = `Mood fell from ${peak.value} to ${latest.value}`;
  if (days === 0) return `${fell} on the same day (${formatDay(latest.at)})`;
  return `${fell} in ${plural(days, 'day')} (${formatDay(peak.at)} to ${formatDay(latest.at)})`;
}

function moduleOverdue(s: PatientSignals): string | null {
  const overdue = s.mandatoryModules
    .filter(
      (m): m is typeof m & { dueAt: Date } =>
        m.dueAt !== null &&
        m.completedAt === null &&
        m.dueAt.getTime() < s.now.getTime(),
    )
    .sort(
      (a, b) =>
        a.dueAt.getTime() - b.dueAt.getTime() ||
        a.moduleId.localeCompare(b.moduleId),
    );
  if (overdue.length === 0) return null;
  const list = overdue
    .map((m) => `${m.moduleId} (due ${formatDay(m.dueAt)})`)
    .join(', ');
  return `${plural(overdue.length, 'mandatory module')} overdue: ${list}`;
}

function notificationBurden(
  s: PatientSignals,
  t: FlagThresholds,
): string | null {
  const now = s.now.getTime();
  const from = now - t.burdenWindowDays * MS_PER_DAY;
  const count = s.dismissals.filter(
    (d) => d.getTime() >= from && d.getTime() <= now,
  ).length;
  if (count < t.burdenDismissals) return null;
  const window =
    t.burdenWindowDays === 1 ? 'day' : `${t.burdenWindowDays} days`;
  return `${plural(count, 'notification')} dismissed in the last ${window}`;
}

function latestAt(dates: readonly Date[]): Date | null {
  let latest: Date | null = null;
  for (const d of dates)
    if (latest === null || d.getTime() > latest.getTime()) latest = d;
  return latest;
}

/** The latest rating; of ratings at the same instant, the one listed last. */
function latestMood(moods: readonly MoodSignal[]): MoodSignal | null {
  let latest: MoodSignal | null = null;
  for (const m of moods)
    if (latest === null || m.at.getTime() >= latest.at.getTime()) latest = m;
  return latest;
}
