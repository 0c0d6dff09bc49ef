import type { PatientCount } from '@navdesk/contracts';

/** What a '<5' count means, said to screen readers and shown on hover. */
export const HIDDEN_COUNT_LABEL = 'fewer than 5, hidden to protect privacy';

/** The note under a chart that leaves '<5' counts out. */
export const HIDDEN_COUNT_NOTE =
  'Counts of fewer than 5 patients are hidden to protect privacy: they show as “<5” in the table and as a gap in the chart.';

const numbers = new Intl.NumberFormat('en-GB');

export function isHiddenCount(count: PatientCount): count is '<5' {
  return count === '<5';
}

/** "1,204", or "<5" for a count hidden to protect privacy. */
export function patientCountText(count: PatientCount): string {
  return isHiddenCount(count) ? '<5' : numbers.format(count);
}

/** The value to plot: a hidden count is a gap, never a guess. */
export function patientCountValue(count: PatientCount): number | null {
  return isHiddenCount(count) ? null : count;
}

/** A chart table's wording for a count (shape of ChartCellText): only hidden counts need one. */
export function patientCountCell(
  count: PatientCount,
): { text: string; label: string } | null {
  return isHiddenCount(count)
    ? { text: '<5', label: HIDDEN_COUNT_LABEL }
    : null;
}

/** "45 min", "2 h 15 min", "3 h", "1 d 4 h"; "—" when there is no figure. */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || Number.isNaN(minutes)) {
    return '—';
  }
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return `${total} min`;
  if (total < 24 * 60) {
    const hours = Math.floor(total / 60);
    const rest = total % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(total / (24 * 60));
  const hours = Math.round((total - days * 24 * 60) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** "92%"; "—" when there is no figure. */
export function formatPercent(percent: number | null | undefined): string {
  return percent === null || percent === undefined || Number.isNaN(percent)
    ? '—'
    : `${Math.round(percent)}%`;
}

/** A signed change to one decimal: "+1.8", "−0.4", "0.0"; "—" when there is no figure. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || Number.isNaN(change)) {
    return '—';
  }
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

export type WeekDirection = 'up' | 'down' | 'same' | 'unknown';

export interface WeekComparison {
  direction: WeekDirection;
  /** null when there is no change or it cannot be told (a hidden count). */
  better: boolean | null;
  /** The comparison in words, e.g. "Up 3 on last week: better". */
  words: string;
}

/** This week against last week, in words, using which way is better for the figure. */
export function compareWeeks(
  thisWeek: PatientCount,
  lastWeek: PatientCount,
  betterWhen: 'up' | 'down',
): WeekComparison {
  if (isHiddenCount(thisWeek) || isHiddenCount(lastWeek)) {
    return {
      direction: 'unknown',
      better: null,
      words: 'Not compared: a count is fewer than 5',
    };
  }
  const difference = Math.round((thisWeek - lastWeek) * 10) / 10;
  if (difference === 0) {
    return { direction: 'same', better: null, words: 'No change on last week' };
  }
  const direction = difference > 0 ? 'up' : 'down';
  const better = direction === betterWhen;
  return {
    direction,
    better,
    words: `${direction === 'up' ? 'Up' : 'Down'} ${numbers.format(Math.abs(difference))} on last week: ${better ? 'better' : 'worse'}`,
  };
}
