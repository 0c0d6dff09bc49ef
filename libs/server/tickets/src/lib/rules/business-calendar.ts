import { addDays, assertTimeZone, fromLocal, isoDate, isoWeekday, LocalDate, toLocal } from '@navdesk/server/core';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface BusinessCalendarOptions {
  /** IANA zone the service keeps its hours in. Default 'Europe/London'. */
  timeZone?: string;
  /** Default Monday–Friday. */
  workdays?: readonly Weekday[];
  /** Local 'HH:MM'. Default '09:00'. */
  opensAt?: string;
  /** Local 'HH:MM', after opensAt (no overnight shifts). Default '17:00'. */
  closesAt?: string;
  /** Closed local dates, ISO 'YYYY-MM-DD' (e.g. bank holidays). Default none. */
  holidays?: readonly string[];
}

const MS_PER_MINUTE = 60_000;
/** A calendar with a year of no open days is misconfigured; stop rather than loop forever. */
const MAX_CLOSED_DAYS_IN_A_ROW = 366;

/**
 * Opening hours of a service. All day boundaries are computed in the service's own time zone,
 * so 09:00 stays 09:00 local across the BST/GMT changes.
 */
export class BusinessCalendar {
  readonly timeZone: string;
  private readonly workdays: ReadonlySet<number>;
  private readonly opens: { hour: number; minute: number };
  private readonly closes: { hour: number; minute: number };
  private readonly holidays: ReadonlySet<string>;

  constructor(options: BusinessCalendarOptions = {}) {
    this.timeZone = options.timeZone ?? 'Europe/London';
    assertTimeZone(this.timeZone);
    const workdays = options.workdays ?? ['mon', 'tue', 'wed', 'thu', 'fri'];
    for (const day of workdays) {
      if (!WEEKDAYS.includes(day)) throw new RangeError(`BusinessCalendar: unknown workday '${day}'`);
    }
    if (workdays.length === 0) throw new RangeError('BusinessCalendar: at least one workday is needed');
    this.workdays = new Set(workdays.map((d) => WEEKDAYS.indexOf(d) + 1));
    this.opens = parseClock(options.opensAt ?? '09:00', 'opensAt');
    this.closes = parseClock(options.closesAt ?? '17:00', 'closesAt');
    if (this.closes.hour * 60 + this.closes.minute <= this.opens.hour * 60 + this.opens.minute) {
      throw new RangeError('BusinessCalendar: closesAt must be after opensAt');
    }
    const holidays = options.holidays ?? [];
    holidays.forEach((h, i) => assertIsoDate(h, `holidays[${i}]`));
    this.holidays = new Set(holidays);
  }

  /** Open minutes in a full working day (480 for 09:00–17:00): the length of "one business day". */
  get minutesPerDay(): number {
    return this.closes.hour * 60 + this.closes.minute - (this.opens.hour * 60 + this.opens.minute);
  }

  isOpen(at: Date): boolean {
    const window = this.openWindow(toLocal(at, this.timeZone));
    const t = at.getTime();
    return window !== null && t >= window.open && t < window.close;
  }

  /**
   * The instant `minutes` of open time after `start`. Time outside opening hours does not count,
   * so a start out of hours rolls to the next opening. Zero minutes returns `start` unchanged.
   * A target that ends exactly at closing time returns closing time, not the next opening.
   */
  addBusinessMinutes(start: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`addBusinessMinutes: minutes must be a finite number >= 0, got ${minutes}`);
    }
    if (minutes === 0) return new Date(start.getTime());
    let remaining = minutes * MS_PER_MINUTE;
    let date: LocalDate = toLocal(start, this.timeZone);
    for (let closedRun = 0; closedRun <= MAX_CLOSED_DAYS_IN_A_ROW; date = addDays(date, 1)) {
      const window = this.openWindow(date);
      const from = window ? Math.max(start.getTime(), window.open) : 0;
      if (!window || from >= window.close) {
        closedRun++;
        continue;
      }
      closedRun = 0;
      const available = window.close - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
    throw new Error(`BusinessCalendar: no open time in ${MAX_CLOSED_DAYS_IN_A_ROW} days`);
  }

  /** Open minutes between two instants (may be fractional); negative when `b` is before `a`. */
  businessMinutesBetween(a: Date, b: Date): number {
    if (b.getTime() < a.getTime()) return -this.businessMinutesBetween(b, a);
    const lastDate = isoDate(toLocal(b, this.timeZone));
    let total = 0;
    for (let date: LocalDate = toLocal(a, this.timeZone); ; date = addDays(date, 1)) {
      const window = this.openWindow(date);
      if (window) {
        const from = Math.max(a.getTime(), window.open);
        const to = Math.min(b.getTime(), window.close);
        if (to > from) total += to - from;
      }
      if (isoDate(date) >= lastDate) break;
    }
    return total / MS_PER_MINUTE;
  }

  /** Open and close instants of a local date, or null when the service is closed all day. */
  private openWindow(date: LocalDate): { open: number; close: number } | null {
    if (!this.workdays.has(isoWeekday(date)) || this.holidays.has(isoDate(date))) return null;
    return {
      open: fromLocal({ ...date, ...this.opens }, this.timeZone).getTime(),
      close: fromLocal({ ...date, ...this.closes }, this.timeZone).getTime(),
    };
  }
}

function parseClock(value: string, field: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`BusinessCalendar: ${field} must be 'HH:MM', got '${value}'`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Rejects malformed and impossible dates such as '2026-02-30'. */
export function assertIsoDate(value: unknown, field: string): asserts value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const real = match && isoDate(addDays({ year: +match[1], month: +match[2], day: +match[3] }, 0)) === value;
  if (!real) throw new RangeError(`${field} must be an ISO date 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
}
