/**
 * SQL for a report's window: London calendar days `from` ($2) to `to` ($3), both inclusive. A
 * timestamp belongs to the London day it falls on, so the window runs from `from` 00:00 London up to,
 * not including, 00:00 London the day after `to` (23 or 25 hours long on clock-change days).
 */

/** The London calendar day of a timestamp column. */
export const londonDay = (column: string) => `(${column} AT TIME ZONE 'Europe/London')::date`;

/** The window's first instant. */
export const windowStart = (from = '$2') => `(${from}::date::timestamp AT TIME ZONE 'Europe/London')`;

/** The instant after the window: midnight London after the last day. */
export const windowEnd = (to = '$3') => `((${to}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;

/** A timestamp column inside the window (plain bounds, so an index on the column serves it). */
export const atInWindow = (column: string, from = '$2', to = '$3') => `${column} >= ${windowStart(from)} AND ${column} < ${windowEnd(to)}`;

/** A date column (a rollup's London day) inside the window. */
export const dayInWindow = (column: string, from = '$2', to = '$3') => `${column} BETWEEN ${from}::date AND ${to}::date`;
