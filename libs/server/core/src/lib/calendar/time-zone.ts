/**
 * Wall-clock arithmetic in an IANA time zone using only Intl (no tz library is installed).
 * Local dates are plain {year, month, day} values; instants are JS Dates. Shared by every domain
 * (SLA business hours, engagement days, brief windows), so there is one implementation to trust.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: constructing Intl formatters is the expensive part. Throws RangeError for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/**
 * The wall-clock reading in `timeZone` at instant `at`: the instant moved by the offset in force (offsetAt,
 * kept per 15-minute slot), read as UTC. Reading Intl for every call (formatToParts) was most of the SLA
 * planning's cost in a triage batch; the result is the same to the second.
 */
export function toLocal(at: Date, timeZone: string): LocalDateTime {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) return readLocal(at, timeZone); // Intl's own RangeError for an invalid date
  const local = new Date(ms + offsetAt(ms, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** The wall-clock reading in `timeZone` at `at`, read from Intl. */
function readLocal(at: Date, timeZone: string): LocalDateTime {
  const out: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out['year'],
    month: out['month'],
    day: out['day'],
    hour: out['hour'] % 24,
    minute: out['minute'],
    second: out['second'],
  };
}

/** Offset (local minus UTC, in ms) read from Intl at `epochMs`. */
function readOffsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const l = readLocal(new Date(wholeSecond), timeZone);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - wholeSecond;
}

const OFFSET_SLOT_MS = 15 * 60_000;
const OFFSET_CACHE_MAX = 100_000;
/** `zone|slot` → the offset in force through that whole 15-minute slot. */
const offsetBySlot = new Map<string, number>();

/**
 * Offset (local minus UTC, in ms) in force at `epochMs`. formatToParts is slow (a triage batch's SLA
 * planning spent most of its time here), so offsets are kept per 15-minute slot of UTC: a slot whose
 * first and last second read the same offset has no change inside it (zones change at most a few times
 * a year, never twice in 15 minutes); a slot with a change in it is not kept and is read every time.
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  const slot = Math.floor(epochMs / OFFSET_SLOT_MS);
  const key = `${timeZone}|${slot}`;
  const kept = offsetBySlot.get(key);
  if (kept !== undefined) return kept;
  const start = readOffsetAt(slot * OFFSET_SLOT_MS, timeZone);
  const end = readOffsetAt((slot + 1) * OFFSET_SLOT_MS - 1000, timeZone);
  if (start !== end) return readOffsetAt(epochMs, timeZone);
  if (offsetBySlot.size >= OFFSET_CACHE_MAX) offsetBySlot.clear();
  offsetBySlot.set(key, start);
  return start;
}

/**
 * The instant when the wall clock in `timeZone` reads the given local time.
 * Two passes because the offset at the guess may differ from the offset at the answer near a DST change.
 * A wall time skipped by the spring-forward gap resolves to the equivalent instant after the jump.
 */
export function fromLocal(local: LocalDate & { hour?: number; minute?: number; second?: number; millisecond?: number }, timeZone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0, local.second ?? 0, local.millisecond ?? 0);
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  return new Date(second);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const js = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** Orders local dates without touching time zones. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
