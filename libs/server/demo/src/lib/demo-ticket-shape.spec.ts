import { HISTORY_DAYS } from './demo-history';
import { ticketCreationTimes, ticketLifecycle } from './demo-ticket-shape';
import { seededRandom } from './session-plan';

const HOUR = 3600_000;
const NOW = new Date('2026-12-03T10:00:00Z');
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * HOUR);

describe('demo ticket shape', () => {
  it('raises tickets on weekday working hours over the history, oldest first, more of them lately', () => {
    const times = ticketCreationTimes(seededRandom(1), 2_000, NOW);
    expect(times.map((t) => t.getTime())).toEqual([...times.map((t) => t.getTime())].sort((a, b) => a - b));
    expect(times.every((t) => t <= NOW && t.getTime() > NOW.getTime() - (HISTORY_DAYS + 3) * 24 * HOUR)).toBe(true);
    expect(times.filter((t) => t.getTime() < NOW.getTime() - HOUR).every((t) => t.getUTCDay() % 6 !== 0 && t.getUTCHours() >= 9 && t.getUTCHours() < 16)).toBe(true);
    const half = NOW.getTime() - (HISTORY_DAYS / 2) * 24 * HOUR;
    const [older, newer] = [times.filter((t) => t.getTime() < half).length, times.filter((t) => t.getTime() >= half).length];
    expect(newer / older).toBeGreaterThan(1.3);
  });

  it('fixes a ticket past its SLA in time unless it was late; a late one about a patient only after the session', () => {
    const random = seededRandom(2);
    const created = at(-30 * 24);
    const due = at(-30 * 24 + 8);
    const session = at(-30 * 24 + 24);
    for (let i = 0; i < 50; i++) {
      const inTime = ticketLifecycle({ random, created, due, nextSession: session, late: false, now: NOW });
      expect(['resolved', 'closed']).toContain(inTime.status);
      expect(inTime.resolvedAt?.getTime()).toBeLessThanOrEqual(due.getTime());
      const late = ticketLifecycle({ random, created, due, nextSession: session, late: true, now: NOW });
      expect(late.resolvedAt?.getTime()).toBeGreaterThan(session.getTime());
    }
  });

  it('keeps most tickets still within their SLA open, and never resolves one in the future', () => {
    const random = seededRandom(3);
    const states = Array.from({ length: 100 }, () => ticketLifecycle({ random, created: at(-2), due: at(20), nextSession: null, late: false, now: NOW }));
    expect(states.filter((s) => s.resolvedAt === null).length).toBeGreaterThan(60);
    expect(states.every((s) => s.resolvedAt === null || s.resolvedAt < NOW)).toBe(true);
  });
});
