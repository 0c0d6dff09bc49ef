import { BusinessCalendar } from './business-calendar';
import { firstResponseDueAt, pausedBusinessMinutes, SLA_TARGETS, slaDueAt, SlaDueInput } from './sla';

const calendar = new BusinessCalendar({ holidays: ['2026-12-25', '2026-12-28'] });
const at = (iso: string) => new Date(iso);
// Wednesday 14 Jan 2026, 10:00 London (GMT)
const base: SlaDueInput = { createdAt: at('2026-01-14T10:00:00Z'), priority: 'p3', calendar, pausedMinutes: 0, nextFaceToFaceSessionAt: null };

describe('SLA_TARGETS', () => {
  it('holds the agreed business-minute targets', () => {
    expect(SLA_TARGETS).toEqual({
      p1: { firstResponse: 30, resolution: 240 },
      p2: { firstResponse: 120, resolution: 480 },
      p3: { firstResponse: 240, resolution: 1440 },
      p4: { firstResponse: 480, resolution: 2400 },
    });
  });
});

describe('slaDueAt', () => {
  it.each([
    ['p1', '2026-01-14T14:00:00.000Z'],
    ['p2', '2026-01-15T10:00:00.000Z'],
    ['p3', '2026-01-19T10:00:00.000Z'],
    ['p4', '2026-01-21T10:00:00.000Z'],
  ] as const)('%s resolves by %s', (priority, expected) => {
    expect(slaDueAt({ ...base, priority }).toISOString()).toBe(expected);
  });

  it('adds paused business minutes', () => {
    expect(slaDueAt({ ...base, priority: 'p1', pausedMinutes: 240 }).toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });

  it('is capped at 2 hours before the next face-to-face session', () => {
    // p3 would be Mon 19th 10:00; session Fri 16th 14:00 → due Fri 12:00
    const due = slaDueAt({ ...base, nextFaceToFaceSessionAt: at('2026-01-16T14:00:00Z') });
    expect(due.toISOString()).toBe('2026-01-16T12:00:00.000Z');
  });

  it('keeps the normal target when the session is after it', () => {
    const due = slaDueAt({ ...base, priority: 'p1', nextFaceToFaceSessionAt: at('2026-01-16T14:00:00Z') });
    expect(due.toISOString()).toBe('2026-01-14T14:00:00.000Z');
  });

  it('clamps to createdAt when the session is less than 2 hours away', () => {
    const due = slaDueAt({ ...base, nextFaceToFaceSessionAt: at('2026-01-14T11:00:00Z') });
    expect(due.toISOString()).toBe('2026-01-14T10:00:00.000Z');
  });

  it('ignores a session that was before the ticket was raised', () => {
    const due = slaDueAt({ ...base, nextFaceToFaceSessionAt: at('2026-01-13T11:00:00Z') });
    expect(due.toISOString()).toBe('2026-01-19T10:00:00.000Z');
  });

  it('counts from the next opening for a ticket raised at the weekend', () => {
    expect(slaDueAt({ ...base, createdAt: at('2026-01-17T20:00:00Z'), priority: 'p1' }).toISOString()).toBe('2026-01-19T13:00:00.000Z');
  });

  it('rejects negative paused minutes', () => {
    expect(() => slaDueAt({ ...base, pausedMinutes: -5 })).toThrow(RangeError);
  });
});

describe('firstResponseDueAt', () => {
  it('uses the first-response target', () => {
    expect(firstResponseDueAt({ createdAt: at('2026-01-14T16:45:00Z'), priority: 'p1', calendar }).toISOString()).toBe('2026-01-15T09:15:00.000Z');
  });
});

describe('pausedBusinessMinutes', () => {
  const now = at('2026-01-16T12:00:00Z');

  it('sums closed intervals in business minutes only', () => {
    const intervals = [
      { from: at('2026-01-14T10:00:00Z'), to: at('2026-01-14T11:00:00Z') },
      { from: at('2026-01-14T16:00:00Z'), to: at('2026-01-15T10:00:00Z') },
    ];
    expect(pausedBusinessMinutes(intervals, now, calendar)).toBe(60 + 120);
  });

  it('runs an open interval up to now', () => {
    expect(pausedBusinessMinutes([{ from: at('2026-01-16T11:00:00Z'), to: null }], now, calendar)).toBe(60);
  });

  it('merges overlaps and ignores the future and reversed intervals', () => {
    const intervals = [
      { from: at('2026-01-15T10:00:00Z'), to: at('2026-01-15T12:00:00Z') },
      { from: at('2026-01-15T11:00:00Z'), to: at('2026-01-15T13:00:00Z') },
      { from: at('2026-01-17T10:00:00Z'), to: null },
      { from: at('2026-01-15T15:00:00Z'), to: at('2026-01-15T14:00:00Z') },
    ];
    expect(pausedBusinessMinutes(intervals, now, calendar)).toBe(180);
  });

  it('is zero with no intervals', () => {
    expect(pausedBusinessMinutes([], now, calendar)).toBe(0);
  });
});
