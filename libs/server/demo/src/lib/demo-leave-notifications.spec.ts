import { DAY } from './demo-history';
import { type BellTicket, LEAVE_DAYS, leaveNotifications, UNREAD_ON_RETURN } from './demo-leave-notifications';

const NOW = new Date('2026-12-03T10:00:00Z');
const NAV = 'nav-1';
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY);

function ticket(i: number, over: Partial<BellTicket> = {}): BellTicket {
  return { id: `t-${i}`, reference: `ND-${String(i).padStart(6, '0')}`, priority: 'p3', createdAt: daysAgo(1), breachedAt: null, riskFlag: false, assigneeId: NAV, reporterName: 'Amira Khan', ...over };
}

describe('leaveNotifications', () => {
  it('tells the navigator, as the api words it, of tickets assigned to them, breached or flagged at risk during the leave', () => {
    const rows = leaveNotifications(NAV, [ticket(1, { priority: 'p2' }), ticket(2, { assigneeId: 'nav-2', breachedAt: daysAgo(0.5) }), ticket(3, { assigneeId: null, riskFlag: true })], NOW);
    expect(rows.map((r) => [r.type, r.title, r.body])).toEqual(
      expect.arrayContaining([
        ['assigned', 'ND-000001 assigned to you', 'Triage assigned ND-000001 (P2) to you.'],
        ['breach', 'ND-000002 breached its SLA', 'ND-000002 is past its SLA due time.'],
        ['risk', 'Possible risk in ND-000003', 'Amira Khan raised ND-000003; its text suggests risk to a patient. The duty contact has been told.'],
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.userId === NAV && r.readAt === null && r.ticketId.startsWith('t-'))).toBe(true);
  });

  it('leaves out what happened before the leave or has not happened yet', () => {
    const rows = leaveNotifications(NAV, [ticket(1, { createdAt: daysAgo(LEAVE_DAYS + 1), breachedAt: daysAgo(LEAVE_DAYS + 0.5) }), ticket(2, { createdAt: daysAgo(3), breachedAt: daysAgo(-1) })], NOW);
    expect(rows.map((r) => `${r.type} ${r.ticketId}`)).toEqual(['assigned t-2']);
  });

  it('keeps the newest, newest first, so over a long leave the bell shows "99+"', () => {
    const tickets = Array.from({ length: 200 }, (_, i) => ticket(i, { createdAt: new Date(NOW.getTime() - (i + 1) * 4 * 3600_000) }));
    const rows = leaveNotifications(NAV, tickets, NOW);
    expect(rows).toHaveLength(UNREAD_ON_RETURN);
    expect(UNREAD_ON_RETURN).toBeGreaterThan(99);
    expect(rows[0]?.ticketId).toBe('t-0');
    expect(rows.map((r) => r.createdAt.getTime())).toEqual(rows.map((r) => r.createdAt.getTime()).sort((a, b) => b - a));
    // Spread over the weeks of the leave, not all at once.
    expect(NOW.getTime() - (rows.at(-1)?.createdAt.getTime() ?? NOW.getTime())).toBeGreaterThan(14 * DAY);
  });
});
