/** part / whole as a percentage to one decimal; null when there is no whole (nothing to divide by). */
export const percent = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/** A mean to one decimal; null when there is nothing to average. */
export const mean = (sum: number, n: number): number | null => (n ? Math.round((sum / n) * 10) / 10 : null);
