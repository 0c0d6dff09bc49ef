import { DEFAULT_FLAG_THRESHOLDS } from '@navdesk/contracts';

import * as rules from './index';

describe('engagement rules index', () => {
  it('exposes the public functions', () => {
    for (const name of [
      'evaluateFlags',
      'assertFlagThresholds',
      'classifyCause',
      'moodTrend',
      'mandatoryDueDates',
      'composeBrief',
      'nextWorkingDaysWindow',
      'formatDay',
    ]) {
      expect(typeof (rules as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('wires together: a module due at the first online session, skipped after an app update', () => {
    const registeredAt = new Date('2026-11-02T09:00:00Z');
    const onlineSessions = [
      new Date('2026-11-12T10:00:00Z'),
      new Date('2026-11-26T10:00:00Z'),
    ];
    const now = new Date('2026-11-20T12:00:00Z');
    const due = rules.mandatoryDueDates(
      ['thoughts-1', 'activity-1'],
      onlineSessions,
      registeredAt,
    );
    const flags = rules.evaluateFlags(
      {
        now,
        registeredAt,
        logins: [
          { at: new Date('2026-11-05T18:00:00Z'), appVersion: '4.3.0' },
          { at: new Date('2026-11-11T18:00:00Z'), appVersion: '4.3.1' },
        ],
        moods: [{ at: new Date('2026-11-19T08:00:00Z'), value: 5 }],
        dismissals: [],
        mandatoryModules: due.map((d) => ({ ...d, completedAt: null })),
        pendingReset: false,
        openTechTicket: false,
      },
      DEFAULT_FLAG_THRESHOLDS,
    );
    expect(flags).toEqual([
      {
        kind: 'no_login',
        cause: 'technical',
        detail:
          'No log-in for 9 days (last 11 Nov); stopped right after the app updated to 4.3.1',
      },
      {
        kind: 'module_overdue',
        cause: 'disengagement',
        detail: '1 mandatory module overdue: thoughts-1 (due 12 Nov)',
      },
    ]);
  });
});
