import * as rules from './index';

describe('rules index', () => {
  it('exposes the public functions', () => {
    for (const name of ['classifyTicket', 'loadTriageRules', 'priorityFor', 'slaDueAt', 'pausedBusinessMinutes', 'detectRisk', 'normaliseForSimilarity', 'trigramSimilarity', 'englandAndWalesCalendar']) {
      expect(typeof (rules as Record<string, unknown>)[name]).toBe('function');
    }
    expect(typeof rules.BusinessCalendar).toBe('function');
  });

  it('wires together: a risk ticket raised on Christmas Eve afternoon', () => {
    const calendar = rules.englandAndWalesCalendar();
    const text = { kind: 'tech_support' as const, title: "Can't log in", description: 'patient also said she wants to end her life' };
    const { category } = rules.classifyTicket(text);
    const risk = rules.detectRisk(text.description);
    const priority = rules.priorityFor({ severity: 'low', category, riskFlag: risk.flag, nextSessionAt: null, now: new Date('2026-12-24T15:00:00Z') });
    expect(priority).toBe('p1');
    // Thu 24 Dec 15:00 + 4 h: 2 h Thu, Fri 25 and Mon 28 are bank holidays → Tue 29 Dec 11:00
    const due = rules.slaDueAt({ createdAt: new Date('2026-12-24T15:00:00Z'), priority, calendar, pausedMinutes: 0, nextFaceToFaceSessionAt: null });
    expect(due.toISOString()).toBe('2026-12-29T11:00:00.000Z');
  });
});
