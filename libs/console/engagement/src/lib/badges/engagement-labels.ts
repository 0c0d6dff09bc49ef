import type {
  ActivityBand,
  FlagCause,
  FlagStatus,
  MoodTrend,
} from '@navdesk/contracts';

/** Why a flag was probably raised: say "possible", never a verdict. */
export const FLAG_CAUSE_LABELS: Record<FlagCause, string> = {
  technical: 'Possible technical failure',
  disengagement: 'Possible disengagement',
};

export const FLAG_STATUS_LABELS: Record<FlagStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  cleared: 'Cleared',
};

/** The caseload's "last active" chip. */
export const ACTIVITY_BAND_LABELS: Record<ActivityBand, string> = {
  recent: 'Active recently',
  week: 'This week',
  older: 'Inactive 8+ days',
  never: 'Never logged in',
};

/** The same bands as filter options, with their limits spelled out. */
export const ACTIVITY_FILTER_LABELS: Record<ActivityBand, string> = {
  recent: 'Active recently (last 2 days)',
  week: 'This week (3 to 7 days ago)',
  older: 'Inactive 8+ days',
  never: 'Never logged in',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The band of a last log-in, as the API filters by it: ≤ 2 days "recent", ≤ 7 days "week",
 * older "older", none "never".
 */
export function activityBand(
  lastLoginAt: string | null,
  now: number = Date.now(),
): ActivityBand {
  if (!lastLoginAt) return 'never';
  const age = now - Date.parse(lastLoginAt);
  if (age <= 2 * DAY_MS) return 'recent';
  if (age <= 7 * DAY_MS) return 'week';
  return 'older';
}

/** "up 2 points", "down 3 points", "no change" — for screen readers and print. */
export function moodChangeWords(change: number): string {
  if (change === 0) return 'no change';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} ${points}`;
}

/** The whole trend in words, e.g. "Mood 6 out of 10, down 3 points on a week before". */
export function moodTrendWords(trend: MoodTrend | null): string {
  if (!trend) return 'No mood ratings yet';
  const latest = `Mood ${trend.latest} out of 10`;
  return trend.change === null
    ? `${latest}, too few ratings to show a change`
    : `${latest}, ${moodChangeWords(trend.change)} on a week before`;
}
