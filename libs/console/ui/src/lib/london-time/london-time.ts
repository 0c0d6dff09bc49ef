import { Pipe, PipeTransform } from '@angular/core';

/** Training sessions are run in UK time, whatever the browser's clock says. */
export const LONDON_TIME_ZONE = 'Europe/London';

export type LondonFormat = 'datetime' | 'date' | 'time';

const FORMATS: Record<LondonFormat, Intl.DateTimeFormatOptions> = {
  datetime: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const formatters = new Map<LondonFormat, Intl.DateTimeFormat>();

function formatter(format: LondonFormat): Intl.DateTimeFormat {
  let found = formatters.get(format);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      ...FORMATS[format],
      timeZone: LONDON_TIME_ZONE,
    });
    formatters.set(format, found);
  }
  return found;
}

/** "Tue 10 Mar 2026, 14:00" (datetime), "Tue 10 Mar 2026" (date) or "14:00" (time), in UK time. */
export function formatLondon(
  iso: string | null | undefined,
  format: LondonFormat = 'datetime',
): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const parts = Object.fromEntries(
    formatter(format)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const date = `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}`;
  const time = `${parts['hour']}:${parts['minute']}`;
  if (format === 'date') return date;
  if (format === 'time') return time;
  return `${date}, ${time}`;
}

/** Minutes UK time is ahead of UTC at `epochMs` (0 in winter, 60 in summer). */
function londonOffsetMinutes(epochMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: LONDON_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(epochMs))
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(
    parts['year'],
    parts['month'] - 1,
    parts['day'],
    parts['hour'],
    parts['minute'],
  );
  return Math.round((wall - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a UK wall-clock date (`2026-03-10`) and time (`14:00`), as an ISO string; null
 * when either is not well formed.
 */
export function londonWallTimeToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(
    Number(d[1]),
    Number(d[2]) - 1,
    Number(d[3]),
    Number(t[1]),
    Number(t[2]),
  );
  if (Number.isNaN(wall)) return null;
  // Guess with the offset at the wall time read as UTC, then correct once across a clock change.
  let at = wall - londonOffsetMinutes(wall) * 60_000;
  at = wall - londonOffsetMinutes(at) * 60_000;
  return new Date(at).toISOString();
}

/** `{{ session.startsAt | londonTime }}` → "Tue 10 Mar 2026, 14:00" in UK time. */
@Pipe({ name: 'londonTime' })
export class LondonTimePipe implements PipeTransform {
  transform(
    iso: string | null | undefined,
    format: LondonFormat = 'datetime',
  ): string {
    return formatLondon(iso, format);
  }
}
