import { DEFAULT_FLAG_THRESHOLDS } from '@navdesk/contracts';
import type { FlagCause, FlagKind, FlagThresholds } from '@navdesk/contracts';

import type {
  LoginSignal,
  MandatoryModuleSignal,
  MoodSignal,
  PatientSignals,
  RaisedFlag,
} from './flag-inputs';
import { assertFlagThresholds, evaluateFlags } from './flag-rules';

const DAY = 86_400_000;
// Friday 20 Nov 2026, 12:00 GMT.
const now = new Date('2026-11-20T12:00:00Z');
/** `days` (and `ms`) before now; negative for the future. */
const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY - ms);
const login = (at: Date, appVersion: string | null = '4.3.0'): LoginSignal => ({
  at,
  appVersion,
});
const mood = (value: number, at: Date): MoodSignal => ({ at, value });

/** An engaged patient: nothing holds. */
const base: PatientSignals = {
  now,
  registeredAt: new Date('2026-10-01T09:00:00Z'),
  logins: [login(ago(1)), login(ago(3)), login(ago(5))],
  moods: [mood(6, ago(0.5)), mood(6, ago(1.5)), mood(6, ago(2.5))],
  dismissals: [],
  mandatoryModules: [],
  pendingReset: false,
  openTechTicket: false,
};
const signals = (over: Partial<PatientSignals>): PatientSignals => ({
  ...base,
  ...over,
});
const flagOf = (
  kind: FlagKind,
  s: PatientSignals,
  t: FlagThresholds = DEFAULT_FLAG_THRESHOLDS,
): RaisedFlag | undefined => evaluateFlags(s, t).find((f) => f.kind === kind);
const detailOf = (kind: FlagKind, s: PatientSignals, t?: FlagThresholds) =>
  flagOf(kind, s, t)?.detail ?? null;

describe('evaluateFlags', () => {
  it('raises nothing for an engaged patient', () => {
    expect(evaluateFlags(base, DEFAULT_FLAG_THRESHOLDS)).toEqual([]);
  });

  it('raises every kind that holds, in FLAG_KINDS order, each disengagement without technical signs', () => {
    const drifting = signals({
      registeredAt: new Date('2026-09-01T09:00:00Z'),
      logins: [login(ago(12))],
      moods: [mood(8, ago(12)), mood(3, ago(9))],
      dismissals: Array.from({ length: 10 }, (_, i) => ago(i / 2)),
      mandatoryModules: [
        { moduleId: 'thoughts-1', dueAt: ago(2), completedAt: null },
      ],
    });
    const flags = evaluateFlags(drifting, DEFAULT_FLAG_THRESHOLDS);
    expect(flags.map((f) => f.kind)).toEqual([
      'no_login',
      'mood_drop',
      'no_mood',
      'module_overdue',
      'notification_burden',
    ]);
    expect(flags.every((f) => f.cause === 'disengagement')).toBe(true);
  });

  describe('no_login (default 7 days)', () => {
    it.each([
      ['6 days 23:59:59.999 after the last log-in', ago(7, -1), null],
      ['exactly 7 days after', ago(7), 'No log-in for 7 days (last 13 Nov)'],
      ['9 days after', ago(9), 'No log-in for 9 days (last 11 Nov)'],
      [
        '9.9 days after, shown in calendar days',
        ago(9.9),
        'No log-in for 10 days (last 10 Nov)',
      ],
      ['a log-in in the future (clock skew)', ago(-1), null],
    ])('%s → %p', (_, lastAt, detail) => {
      expect(
        detailOf(
          'no_login',
          signals({ logins: [login(ago(20)), login(lastAt), login(ago(15))] }),
        ),
      ).toBe(detail);
    });

    it.each([
      ['registered 6 days 23:59:59.999 ago', ago(7, -1), null],
      [
        'registered exactly 7 days ago',
        ago(7),
        'No log-in since registering on 13 Nov (7 days)',
      ],
    ])(
      'with no log-ins, counts from registration: %s → %p',
      (_, registeredAt, detail) => {
        expect(
          detailOf('no_login', signals({ registeredAt, logins: [] })),
        ).toBe(detail);
      },
    );

    it('counts from registration when the last log-in predates it (re-registered patient)', () => {
      expect(
        detailOf(
          'no_login',
          signals({ registeredAt: ago(6), logins: [login(ago(20))] }),
        ),
      ).toBeNull();
      expect(
        detailOf(
          'no_login',
          signals({ registeredAt: ago(8), logins: [login(ago(20))] }),
        ),
      ).toBe('No log-in since registering on 12 Nov (8 days)');
    });

    it('never shows fewer days than the threshold across the autumn clock change', () => {
      // 00:30 BST on Tue 20 Oct to 23:30 GMT on Mon 26 Oct: 7 × 24 h, though only 6 calendar days apart.
      const lastAt = new Date('2026-10-19T23:30:00Z');
      const late = signals({
        now: new Date('2026-10-26T23:30:00Z'),
        logins: [login(lastAt)],
      });
      expect(detailOf('no_login', late)).toBe(
        'No log-in for 7 days (last 20 Oct)',
      );
    });

    it('follows custom thresholds', () => {
      const t = { ...DEFAULT_FLAG_THRESHOLDS, noLoginDays: 3 };
      expect(
        detailOf('no_login', signals({ logins: [login(ago(3))] }), t),
      ).toBe('No log-in for 3 days (last 17 Nov)');
      expect(
        detailOf('no_login', signals({ logins: [login(ago(3, -1))] }), t),
      ).toBeNull();
    });
  });

  describe('mood_drop (default 3 points within 7 days)', () => {
    it.each([
      [
        'a fall of 4 over 5 days',
        [mood(7, ago(5)), mood(3, ago(0))],
        'Mood fell from 7 to 3 in 5 days (15 Nov to 20 Nov)',
      ],
      [
        'a fall of exactly 3',
        [mood(6, ago(2)), mood(3, ago(0))],
        'Mood fell from 6 to 3 in 2 days (18 Nov to 20 Nov)',
      ],
      ['a fall of 2', [mood(5, ago(2)), mood(3, ago(0))], null],
      [
        'a peak exactly 7 days before the latest',
        [mood(9, ago(7)), mood(6, ago(0))],
        'Mood fell from 9 to 6 in 7 days (13 Nov to 20 Nov)',
      ],
      [
        'a peak 7 days and 1 ms before the latest',
        [mood(9, ago(7, 1)), mood(6, ago(0))],
        null,
      ],
      ['a rise', [mood(3, ago(3)), mood(8, ago(0))], null],
      [
        'a fall within a day',
        [mood(8, ago(0.2)), mood(4, ago(0))],
        'Mood fell from 8 to 4 on the same day (20 Nov)',
      ],
      [
        'two equal peaks: the quicker fall is reported',
        [mood(7, ago(6)), mood(7, ago(2)), mood(4, ago(0))],
        'Mood fell from 7 to 4 in 2 days (18 Nov to 20 Nov)',
      ],
      [
        'unsorted ratings',
        [mood(3, ago(0)), mood(7, ago(5)), mood(5, ago(3))],
        'Mood fell from 7 to 3 in 5 days (15 Nov to 20 Nov)',
      ],
      [
        'a dip that recovered to within 2 of the peak',
        [mood(8, ago(6)), mood(2, ago(3)), mood(6, ago(0))],
        null,
      ],
      [
        'a dip that recovered, still 3 below the peak',
        [mood(9, ago(6)), mood(2, ago(3)), mood(6, ago(0))],
        'Mood fell from 9 to 6 in 6 days (14 Nov to 20 Nov)',
      ],
      ['one rating', [mood(1, ago(0))], null],
      ['no ratings', [], null],
    ])('%s', (_, moods, detail) => {
      expect(detailOf('mood_drop', signals({ moods }))).toBe(detail);
    });

    it('looks back from the latest rating, not from now', () => {
      expect(
        detailOf(
          'mood_drop',
          signals({ moods: [mood(8, ago(14)), mood(4, ago(10))] }),
        ),
      ).toBe('Mood fell from 8 to 4 in 4 days (6 Nov to 10 Nov)');
    });

    it('ignores a later rating listed earlier when picking the latest', () => {
      expect(
        detailOf(
          'mood_drop',
          signals({
            moods: [mood(7, ago(1)), mood(9, ago(4)), mood(3, ago(2))],
          }),
        ),
      ).toBeNull();
    });

    it('follows custom thresholds', () => {
      const t = {
        ...DEFAULT_FLAG_THRESHOLDS,
        moodDropPoints: 5,
        moodDropWindowDays: 3,
      };
      expect(
        detailOf(
          'mood_drop',
          signals({ moods: [mood(9, ago(3)), mood(4, ago(0))] }),
          t,
        ),
      ).toBe('Mood fell from 9 to 4 in 3 days (17 Nov to 20 Nov)');
      expect(
        detailOf(
          'mood_drop',
          signals({ moods: [mood(9, ago(3, 1)), mood(4, ago(0))] }),
          t,
        ),
      ).toBeNull();
      expect(
        detailOf(
          'mood_drop',
          signals({ moods: [mood(8, ago(3)), mood(4, ago(0))] }),
          t,
        ),
      ).toBeNull();
    });
  });

  describe('no_mood (default 5 days)', () => {
    it.each([
      [
        '4 days 23:59:59.999 after the last rating',
        [mood(4, ago(5, -1))],
        base.registeredAt,
        null,
      ],
      [
        'exactly 5 days after',
        [mood(4, ago(6)), mood(4, ago(5))],
        base.registeredAt,
        'No mood rating for 5 days (last 15 Nov)',
      ],
      [
        'unsorted ratings, the latest 6 days ago',
        [mood(4, ago(6)), mood(4, ago(12))],
        base.registeredAt,
        'No mood rating for 6 days (last 14 Nov)',
      ],
      ['none, registered 4 days ago', [], ago(4), null],
      [
        'none, registered exactly 5 days ago',
        [],
        ago(5),
        'No mood rating since registering on 15 Nov (5 days)',
      ],
    ])('%s → %p', (_, moods, registeredAt, detail) => {
      expect(detailOf('no_mood', signals({ moods, registeredAt }))).toBe(
        detail,
      );
    });

    it('follows custom thresholds', () => {
      const t = { ...DEFAULT_FLAG_THRESHOLDS, noMoodDays: 2 };
      expect(
        detailOf('no_mood', signals({ moods: [mood(5, ago(2))] }), t),
      ).toBe('No mood rating for 2 days (last 18 Nov)');
    });
  });

  describe('module_overdue', () => {
    const mod = (
      moduleId: string,
      dueAt: Date | null,
      completedAt: Date | null = null,
    ): MandatoryModuleSignal => ({ moduleId, dueAt, completedAt });

    it.each([
      [
        'due yesterday, not done',
        [mod('m1', ago(1))],
        '1 mandatory module overdue: m1 (due 19 Nov)',
      ],
      [
        'due 1 ms ago',
        [mod('m1', ago(0, 1))],
        '1 mandatory module overdue: m1 (due 20 Nov)',
      ],
      ['due exactly now', [mod('m1', now)], null],
      ['due tomorrow', [mod('m1', ago(-1))], null],
      ['overdue but completed', [mod('m1', ago(3), ago(1))], null],
      ['no due date', [mod('m1', null)], null],
      ['no mandatory modules', [], null],
      [
        'several, unsorted: only the overdue ones, earliest due first',
        [
          mod('b', ago(10)),
          mod('a', ago(17)),
          mod('c', ago(-3)),
          mod('d', ago(12), ago(11)),
        ],
        '2 mandatory modules overdue: a (due 3 Nov), b (due 10 Nov)',
      ],
    ])('%s', (_, mandatoryModules, detail) => {
      expect(detailOf('module_overdue', signals({ mandatoryModules }))).toBe(
        detail,
      );
    });
  });

  describe('notification_burden (default 10 dismissals within 7 days)', () => {
    const nine = Array.from({ length: 9 }, (_, i) => ago(i * 0.5));

    it.each([
      [
        '10 within the week',
        [...nine, ago(6)],
        '10 notifications dismissed in the last 7 days',
      ],
      ['9 within the week', nine, null],
      [
        'the 10th exactly 7 days ago',
        [...nine, ago(7)],
        '10 notifications dismissed in the last 7 days',
      ],
      ['the 10th 7 days and 1 ms ago', [...nine, ago(7, 1)], null],
      ['the 10th in the future', [...nine, ago(-0.1)], null],
      [
        'unsorted, 12 within the week',
        [ago(3), ...nine, ago(1.2), ago(20), ago(6.9)],
        '12 notifications dismissed in the last 7 days',
      ],
      ['none', [], null],
    ])('%s', (_, dismissals, detail) => {
      expect(detailOf('notification_burden', signals({ dismissals }))).toBe(
        detail,
      );
    });

    it('follows custom thresholds', () => {
      const t = {
        ...DEFAULT_FLAG_THRESHOLDS,
        burdenDismissals: 3,
        burdenWindowDays: 1,
      };
      expect(
        detailOf(
          'notification_burden',
          signals({ dismissals: [ago(0.1), ago(0.5), ago(1)] }),
          t,
        ),
      ).toBe('3 notifications dismissed in the last day');
      expect(
        detailOf(
          'notification_burden',
          signals({ dismissals: [ago(0.1), ago(0.5), ago(1, 1)] }),
          t,
        ),
      ).toBeNull();
    });
  });

  describe('cause', () => {
    const silent = signals({
      logins: [login(ago(20)), login(ago(9))],
      moods: [mood(5, ago(9))],
    });

    it.each([
      [{}, 'disengagement', 'No log-in for 9 days (last 11 Nov)'],
      [
        { pendingReset: true },
        'technical',
        'No log-in for 9 days (last 11 Nov); a log-in reset is pending',
      ],
      [
        { openTechTicket: true },
        'technical',
        'No log-in for 9 days (last 11 Nov); a tech-support ticket is open',
      ],
      [
        { pendingReset: true, openTechTicket: true },
        'technical',
        'No log-in for 9 days (last 11 Nov); a log-in reset is pending; a tech-support ticket is open',
      ],
      [
        { logins: [login(ago(9), '4.3.1'), login(ago(20)), login(ago(15))] },
        'technical',
        'No log-in for 9 days (last 11 Nov); stopped right after the app updated to 4.3.1',
      ],
    ] as [Partial<PatientSignals>, FlagCause, string][])(
      'no_login with %p → %s',
      (over, cause, detail) => {
        expect(flagOf('no_login', { ...silent, ...over })).toEqual({
          kind: 'no_login',
          cause,
          detail,
        });
      },
    );

    it('blames an app update for no_mood too, but not for the other kinds', () => {
      const updated = signals({
        logins: [login(ago(20)), login(ago(12), '4.3.1')],
        moods: [mood(8, ago(14)), mood(3, ago(12))],
        dismissals: Array.from({ length: 10 }, (_, i) => ago(i / 2)),
        mandatoryModules: [
          { moduleId: 'm1', dueAt: ago(1), completedAt: null },
        ],
      });
      const causes = Object.fromEntries(
        evaluateFlags(updated, DEFAULT_FLAG_THRESHOLDS).map((f) => [
          f.kind,
          f.cause,
        ]),
      );
      expect(causes).toEqual({
        no_login: 'technical',
        mood_drop: 'disengagement',
        no_mood: 'technical',
        module_overdue: 'disengagement',
        notification_burden: 'disengagement',
      });
      expect(flagOf('no_mood', updated)?.detail).toBe(
        'No mood rating for 12 days (last 8 Nov); stopped right after the app updated to 4.3.1',
      );
    });

    it('marks notification_burden technical only under the same technical signs', () => {
      const burdened = signals({
        dismissals: Array.from({ length: 10 }, (_, i) => ago(i / 2)),
      });
      expect(flagOf('notification_burden', burdened)?.cause).toBe(
        'disengagement',
      );
      expect(
        flagOf('notification_burden', { ...burdened, openTechTicket: true }),
      ).toEqual({
        kind: 'notification_burden',
        cause: 'technical',
        detail:
          '10 notifications dismissed in the last 7 days; a tech-support ticket is open',
      });
    });
  });

  describe('thresholds', () => {
    it.each([
      ['noLoginDays', 0],
      ['moodDropPoints', -1],
      ['noMoodDays', Number.NaN],
      ['burdenWindowDays', Number.POSITIVE_INFINITY],
    ])('rejects %s = %p', (name, value) => {
      const bad = { ...DEFAULT_FLAG_THRESHOLDS, [name]: value };
      expect(() => evaluateFlags(base, bad)).toThrow(
        new RegExp(`Flag threshold ${name}`),
      );
      expect(() => assertFlagThresholds(bad)).toThrow(RangeError);
    });

    it('accepts the defaults', () => {
      expect(() => assertFlagThresholds(DEFAULT_FLAG_THRESHOLDS)).not.toThrow();
    });
  });
});
