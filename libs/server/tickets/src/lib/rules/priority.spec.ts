import { priorityFor, PriorityInput } from './priority';

const now = new Date('2026-01-14T10:00:00Z');
const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000);
const base: PriorityInput = { severity: 'medium', category: 'other', riskFlag: false, nextSessionAt: null, now };

describe('priorityFor', () => {
  it('row 1: risk flag → p1 even for a low-severity ticket', () => {
    expect(priorityFor({ ...base, severity: 'low', riskFlag: true })).toBe('p1');
  });

  it('row 2: critical → p1', () => {
    expect(priorityFor({ ...base, severity: 'critical' })).toBe('p1');
  });

  it('row 3: high → p2', () => {
    expect(priorityFor({ ...base, severity: 'high' })).toBe('p2');
  });

  it.each(['login_access', 'app_crash'] as const)('row 4: %s with a session within 48 h → p2', (category) => {
    expect(priorityFor({ ...base, severity: 'low', category, nextSessionAt: hoursFromNow(47) })).toBe('p2');
    expect(priorityFor({ ...base, severity: 'medium', category, nextSessionAt: hoursFromNow(48) })).toBe('p2');
  });

  it('row 4 does not apply beyond 48 h, to past sessions, or to other categories', () => {
    expect(priorityFor({ ...base, category: 'login_access', nextSessionAt: hoursFromNow(49) })).toBe('p3');
    expect(priorityFor({ ...base, category: 'login_access', nextSessionAt: hoursFromNow(-1) })).toBe('p3');
    expect(priorityFor({ ...base, category: 'notifications', nextSessionAt: hoursFromNow(2) })).toBe('p3');
    expect(priorityFor({ ...base, category: null, nextSessionAt: hoursFromNow(2) })).toBe('p3');
  });

  it('row 5: medium → p3', () => {
    expect(priorityFor({ ...base, severity: 'medium' })).toBe('p3');
  });

  it('row 6: low → p4', () => {
    expect(priorityFor({ ...base, severity: 'low' })).toBe('p4');
  });
});
