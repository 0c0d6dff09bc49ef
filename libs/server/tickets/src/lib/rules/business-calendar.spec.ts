import { BusinessCalendar } from './business-calendar';

const at = (iso: string) => new Date(iso);
const london = new BusinessCalendar({ holidays: ['2026-12-25', '2026-12-28'] });

describe('BusinessCalendar', () => {
  describe('isOpen', () => {
    it('is open 09:00–17:00 local on a weekday, closing time excluded', () => {
      expect(london.isOpen(at('2026-01-14T09:00:00Z'))).toBe(true);
      expect(london.isOpen(at('2026-01-14T08:59:00Z'))).toBe(false);
      expect(london.isOpen(at('2026-01-14T16:59:00Z'))).toBe(true);
      expect(london.isOpen(at('2026-01-14T17:00:00Z'))).toBe(false);
    });

    it('follows London time in summer (09:00 BST = 08:00 UTC)', () => {
      expect(london.isOpen(at('2026-07-15T08:00:00Z'))).toBe(true);
      expect(london.isOpen(at('2026-07-15T16:30:00Z'))).toBe(false);
    });

    it('is closed at weekends and on holidays', () => {
      expect(london.isOpen(at('2026-01-17T12:00:00Z'))).toBe(false);
      expect(london.isOpen(at('2026-12-25T12:00:00Z'))).toBe(false);
      expect(london.isOpen(at('2026-12-28T12:00:00Z'))).toBe(false);
    });
  });

  describe('addBusinessMinutes', () => {
    it('adds within the same day', () => {
      expect(london.addBusinessMinutes(at('2026-01-14T10:00:00Z'), 90).toISOString()).toBe('2026-01-14T11:30:00.000Z');
    });

    it('ends at closing time rather than the next opening when the target is used up exactly', () => {
      expect(london.addBusinessMinutes(at('2026-01-14T16:00:00Z'), 60).toISOString()).toBe('2026-01-14T17:00:00.000Z');
    });

    it('carries over the night and the weekend', () => {
      // Fri 16:00 + 2 h = Mon 10:00
      expect(london.addBusinessMinutes(at('2026-01-16T16:00:00Z'), 120).toISOString()).toBe('2026-01-19T10:00:00.000Z');
    });

    it('rolls a start out of hours to the next opening', () => {
      expect(london.addBusinessMinutes(at('2026-01-17T22:00:00Z'), 30).toISOString()).toBe('2026-01-19T09:30:00.000Z');
      expect(london.addBusinessMinutes(at('2026-01-14T06:00:00Z'), 30).toISOString()).toBe('2026-01-14T09:30:00.000Z');
    });

    it('returns the start for zero minutes and rejects negative ones', () => {
      expect(london.addBusinessMinutes(at('2026-01-17T22:00:00Z'), 0).toISOString()).toBe('2026-01-17T22:00:00.000Z');
      expect(() => london.addBusinessMinutes(at('2026-01-14T10:00:00Z'), -1)).toThrow(RangeError);
      expect(() => london.addBusinessMinutes(at('2026-01-14T10:00:00Z'), Number.NaN)).toThrow(RangeError);
    });

    it('skips holidays: Christmas 2026 (Fri 25) and the Boxing Day substitute (Mon 28)', () => {
      // Thu 24 Dec 16:00 + 2 h → 1 h on Thu, then Fri 25 closed, weekend, Mon 28 closed → Tue 29 10:00
      expect(london.addBusinessMinutes(at('2026-12-24T16:00:00Z'), 120).toISOString()).toBe('2026-12-29T10:00:00.000Z');
    });

    it('is correct across the spring-forward change (last Sunday of March)', () => {
      // Fri 27 Mar 2026 16:00 GMT + 2 h → Mon 30 Mar 10:00 BST = 09:00 UTC
      expect(london.addBusinessMinutes(at('2026-03-27T16:00:00Z'), 120).toISOString()).toBe('2026-03-30T09:00:00.000Z');
    });

    it('is correct across the fall-back change (last Sunday of October)', () => {
      // Fri 23 Oct 2026 16:00 BST (15:00 UTC) + 2 h → Mon 26 Oct 10:00 GMT
      expect(london.addBusinessMinutes(at('2026-10-23T15:00:00Z'), 120).toISOString()).toBe('2026-10-26T10:00:00.000Z');
    });

    it('counts whole business days of 480 minutes', () => {
      expect(london.minutesPerDay).toBe(480);
      // Wed 10:00 + 3 business days = Mon 10:00
      expect(london.addBusinessMinutes(at('2026-01-14T10:00:00Z'), 3 * 480).toISOString()).toBe('2026-01-19T10:00:00.000Z');
    });
  });

  describe('businessMinutesBetween', () => {
    it('counts only open time', () => {
      expect(london.businessMinutesBetween(at('2026-01-14T10:00:00Z'), at('2026-01-14T11:30:00Z'))).toBe(90);
      expect(london.businessMinutesBetween(at('2026-01-16T16:00:00Z'), at('2026-01-19T10:00:00Z'))).toBe(120);
      expect(london.businessMinutesBetween(at('2026-01-17T08:00:00Z'), at('2026-01-18T20:00:00Z'))).toBe(0);
    });

    it('is negative when the second instant is earlier', () => {
      expect(london.businessMinutesBetween(at('2026-01-14T11:30:00Z'), at('2026-01-14T10:00:00Z'))).toBe(-90);
    });

    it('inverts addBusinessMinutes across a clock change and holidays', () => {
      const start = at('2026-03-26T14:15:00Z');
      for (const minutes of [1, 45, 480, 1000, 2400]) {
        expect(london.businessMinutesBetween(start, london.addBusinessMinutes(start, minutes))).toBe(minutes);
      }
      const xmas = at('2026-12-23T12:00:00Z');
      expect(london.businessMinutesBetween(xmas, london.addBusinessMinutes(xmas, 2400))).toBe(2400);
    });
  });

  describe('configuration', () => {
    it('supports other hours, workdays and zones', () => {
      const cal = new BusinessCalendar({ timeZone: 'America/New_York', workdays: ['sat'], opensAt: '10:00', closesAt: '12:00' });
      // Sat 17 Jan 2026 10:00 EST = 15:00 UTC
      expect(cal.isOpen(at('2026-01-17T15:00:00Z'))).toBe(true);
      expect(cal.addBusinessMinutes(at('2026-01-17T16:30:00Z'), 60).toISOString()).toBe('2026-01-24T15:30:00.000Z');
    });

    it.each([
      [{ opensAt: '9:00' }, /opensAt/],
      [{ closesAt: '08:00' }, /closesAt must be after opensAt/],
      [{ workdays: [] }, /at least one workday/],
      [{ holidays: ['2026-02-30'] }, /holidays\[0\]/],
      [{ timeZone: 'Mars/Olympus' }, RangeError],
    ])('rejects bad options %p', (options, error) => {
      expect(() => new BusinessCalendar(options)).toThrow(error);
    });

    it('rejects an unknown workday name', () => {
      expect(() => new BusinessCalendar({ workdays: ['mon', 'funday' as never] })).toThrow(/funday/);
    });

    it('fails rather than looping when there is never any open time', () => {
      const allHolidays = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
      const cal = new BusinessCalendar({ holidays: allHolidays });
      expect(() => cal.addBusinessMinutes(at('2026-01-01T10:00:00Z'), 10)).toThrow(/no open time/);
    });
  });
});
