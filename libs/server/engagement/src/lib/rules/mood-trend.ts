import type { MoodTrend } from '@navdesk/contracts';

import type { MoodSignal } from './flag-inputs';
import { MS_PER_DAY } from './london-time';

/** "About a week before": the comparison rating is the one closest to 7 days before the latest … */
export const MOOD_TREND_LOOKBACK_DAYS = 7;
/** … and no further than this from that point, either way. */
export const MOOD_TREND_TOLERANCE_DAYS = 2;

/**
 * The caseload's mood column: the latest rating at or before `now`, and its change from the rating
 * closest to a week earlier (within ±2 days; of two equally close, the earlier). Null with no ratings;
 * `change` null when no rating falls in that window.
 */
export function moodTrend(
  moods: readonly MoodSignal[],
  now: Date,
): MoodTrend | null {
  const past = moods.filter((m) => m.at.getTime() <= now.getTime());
  let latest: MoodSignal | null = null;
  for (const m of past)
    if (latest === null || m.at.getTime() >= latest.at.getTime()) latest = m;
  if (latest === null) return null;

  const target = latest.at.getTime() - MOOD_TREND_LOOKBACK_DAYS * MS_PER_DAY;
  const tolerance = MOOD_TREND_TOLERANCE_DAYS * MS_PER_DAY;
  let best: MoodSignal | null = null;
  for (const m of past) {
    const distance = Math.abs(m.at.getTime() - target);
    if (distance > tolerance) continue;
    const bestDistance =
      best === null ? Infinity : Math.abs(best.at.getTime() - target);
    if (
      distance < bestDistance ||
      (distance === bestDistance &&
        best !== null &&
        m.at.getTime() < best.at.getTime())
    )
      best = m;
  }
  return {
    latest: latest.value,
    change: best === null ? null : latest.value - best.value,
  };
}
