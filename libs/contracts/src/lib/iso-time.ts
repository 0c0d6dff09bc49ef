const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A real calendar date (`2026-03-01`) or date-time (`2026-03-01T10:00:00Z`) in ISO 8601, years 1–9999.
 * JS Date rolls `2026-02-30` over to 2 March, so the parts are checked by round-trip; Postgres would refuse
 * what is left (year 0, hour 25) with a 500 if it got that far.
 */
export function isCalendarIsoTime(value: unknown, options: { dateOnly?: boolean } = {}): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (options.dateOnly && h !== undefined) return false;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  if (Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) return false;
  if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(-2)) > 59)) return false;
  return Number.isFinite(Date.parse(value));
}
