import type { PatientFlagView } from '@navdesk/contracts';

import { BriefInput, composeBrief } from './brief';

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;
// Since Wed 1 Jul 2026 10:00 BST; prepared Fri 10 Jul 13:00 BST for Sat's session.
const since = at('2026-07-01T09:00:00Z');
const now = at('2026-07-10T12:00:00Z');
const afterSince = (days: number) => new Date(since.getTime() + days * DAY);

const flag: PatientFlagView = {
  id: 'f-1',
  patientRef: 'P-7QK2M9',
  kind: 'mood_drop',
  cause: 'disengagement',
  status: 'open',
  detail: 'Mood fell from 7 to 2 in 4 days (1 Jul to 5 Jul)',
  raisedAt: '2026-07-05T09:00:00.000Z',
  clearedAt: null,
};

const base: BriefInput = {
  patientRef: 'P-7QK2M9',
  session: {
    number: 4,
    startsAt: at('2026-07-11T09:00:00Z'),
    mode: 'face_to_face',
  },
  since,
  now,
  // London days: 2 Jul (23:30 BST on the 1st UTC-wise), 2 Jul, 2 Jul, 8 Jul.
  logins: [
    at('2026-07-08T18:00:00Z'),
    at('2026-07-02T08:00:00Z'),
    at('2026-07-01T23:30:00Z'),
    at('2026-07-02T21:00:00Z'),
  ],
  moods: [
    { at: at('2026-07-09T08:00:00Z'), value: 4 },
    { at: at('2026-07-01T10:00:00Z'), value: 7 },
    { at: at('2026-07-05T08:00:00Z'), value: 2 },
  ],
  modules: [
    {
      moduleId: 'c',
      startedAt: at('2026-07-04T10:00:00Z'),
      completedAt: at('2026-07-06T10:00:00Z'),
    },
    { moduleId: 'b', startedAt: at('2026-07-02T10:00:00Z'), completedAt: null },
    {
      moduleId: 'a',
      startedAt: at('2026-06-20T10:00:00Z'),
      completedAt: at('2026-07-03T10:00:00Z'),
    },
    { moduleId: 'e', startedAt: at('2026-07-05T10:00:00Z'), completedAt: null },
  ],
  mandatoryOverdue: ['thoughts-2'],
  notifications: { sent: 14, dismissed: 6 },
  flags: [flag],
  openTickets: [
    { id: 't-1', reference: 'TS-0042', title: "Can't log in", status: 'open' },
  ],
  resets: [
    { id: 'r-1', status: 'sent', createdAt: at('2026-07-09T15:00:00Z') },
  ],
};
const brief = (over: Partial<BriefInput>) => composeBrief({ ...base, ...over });

describe('composeBrief', () => {
  it('composes the whole brief with ISO dates', () => {
    expect(composeBrief(base)).toEqual({
      patientRef: 'P-7QK2M9',
      session: {
        number: 4,
        startsAt: '2026-07-11T09:00:00.000Z',
        mode: 'face_to_face',
      },
      since: '2026-07-01T09:00:00.000Z',
      preparedAt: '2026-07-10T12:00:00.000Z',
      modules: {
        completed: ['a', 'c'],
        started: ['b', 'e'],
        overdueMandatory: ['thoughts-2'],
      },
      mood: { latest: 4, min: 2, max: 7, change: -3, ratings: 3 },
      logins: {
        count: 4,
        daysActive: 2,
        longestGapDays: 5,
        lastLoginAt: '2026-07-08T18:00:00.000Z',
      },
      notifications: { sent: 14, dismissed: 6 },
      flags: [flag],
      openTickets: [
        {
          id: 't-1',
          reference: 'TS-0042',
          title: "Can't log in",
          status: 'open',
        },
      ],
      resets: [
        { id: 'r-1', status: 'sent', createdAt: '2026-07-09T15:00:00.000Z' },
      ],
      tailoring: [],
    });
  });

  it('carries the tailoring requests it is given', () => {
    const tailoring = [{ id: 't-1', action: 'skip', moduleId: 'm04-problem-solving', moduleTitle: 'Problem solving', replacementModuleTitle: null, status: 'pending', decisionNote: null }];
    expect(composeBrief({ ...base, tailoring }).tailoring).toEqual(tailoring);
  });

  describe('mood', () => {
    it.each([
      [
        'no ratings',
        [],
        { latest: null, min: null, max: null, change: null, ratings: 0 },
      ],
      [
        'one rating: no change yet',
        [{ at: afterSince(1), value: 5 }],
        { latest: 5, min: 5, max: 5, change: null, ratings: 1 },
      ],
      [
        'a rise, unsorted',
        [
          { at: afterSince(5), value: 8 },
          { at: afterSince(1), value: 3 },
          { at: afterSince(3), value: 1 },
        ],
        { latest: 8, min: 1, max: 8, change: 5, ratings: 3 },
      ],
      [
        'ratings before since or after now are left out',
        [
          { at: afterSince(-0.01), value: 10 },
          { at: since, value: 6 },
          { at: now, value: 5 },
          { at: afterSince(9.2), value: 0 },
        ],
        { latest: 5, min: 5, max: 6, change: -1, ratings: 2 },
      ],
    ])('%s', (_, moods, mood) => {
      expect(brief({ moods }).mood).toEqual(mood);
    });
  });

  describe('logins', () => {
    it.each([
      [
        'none: the whole stretch since → now is the gap',
        [],
        { count: 0, daysActive: 0, longestGapDays: 9, lastLoginAt: null },
      ],
      [
        'one just after since: the gap runs to now',
        [afterSince(0.1)],
        {
          count: 1,
          daysActive: 1,
          longestGapDays: 9,
          lastLoginAt: '2026-07-01T11:24:00.000Z',
        },
      ],
      [
        'one just before now: the gap runs from since',
        [at('2026-07-10T08:00:00Z')],
        {
          count: 1,
          daysActive: 1,
          longestGapDays: 8,
          lastLoginAt: '2026-07-10T08:00:00.000Z',
        },
      ],
      [
        'gaps of exactly 3 days count as 3',
        [afterSince(6), afterSince(3)],
        {
          count: 2,
          daysActive: 2,
          longestGapDays: 3,
          lastLoginAt: '2026-07-07T09:00:00.000Z',
        },
      ],
      [
        'a log-in before since is left out',
        [afterSince(-1), afterSince(4)],
        {
          count: 1,
          daysActive: 1,
          longestGapDays: 5,
          lastLoginAt: '2026-07-05T09:00:00.000Z',
        },
      ],
    ])('%s', (_, logins, summary) => {
      expect(brief({ logins }).logins).toEqual(summary);
    });

    it('counts active days on the London calendar, not UTC', () => {
      // 22:30 and 23:30 UTC on 1 Jul are 23:30 on 1 Jul and 00:30 on 2 Jul in London.
      expect(
        brief({
          logins: [at('2026-07-01T22:30:00Z'), at('2026-07-01T23:30:00Z')],
        }).logins.daysActive,
      ).toBe(2);
      expect(
        brief({
          logins: [at('2026-07-01T23:30:00Z'), at('2026-07-02T22:30:00Z')],
        }).logins.daysActive,
      ).toBe(1);
    });

    it('does not reorder the caller’s arrays', () => {
      const logins = [...base.logins];
      composeBrief({ ...base, logins });
      expect(logins).toEqual(base.logins);
    });
  });

  describe('modules', () => {
    const mod = (
      moduleId: string,
      startedAt: Date | null,
      completedAt: Date | null,
    ) => ({ moduleId, startedAt, completedAt });

    it.each([
      [
        'completed since, started before',
        [mod('a', afterSince(-5), afterSince(1))],
        [['a'], []],
      ],
      [
        'started and completed since: only completed',
        [mod('a', afterSince(1), afterSince(2))],
        [['a'], []],
      ],
      [
        'started since, not completed',
        [mod('a', afterSince(1), null)],
        [[], ['a']],
      ],
      [
        'started since, completed after now',
        [mod('a', afterSince(1), afterSince(10))],
        [[], ['a']],
      ],
      [
        'all activity before since',
        [
          mod('a', afterSince(-9), afterSince(-1)),
          mod('b', afterSince(-2), null),
        ],
        [[], []],
      ],
      [
        'completed without a recorded start',
        [mod('a', null, afterSince(2))],
        [['a'], []],
      ],
      [
        'ordered by time, then id; the same module listed twice appears once',
        [
          mod('z', afterSince(2), afterSince(3)),
          mod('y', afterSince(1), afterSince(3)),
          mod('x', afterSince(0), afterSince(1)),
          mod('x', afterSince(0), afterSince(1)),
        ],
        [['x', 'y', 'z'], []],
      ],
    ])('%s', (_, modules, [completed, started]) => {
      expect(brief({ modules }).modules).toEqual({
        completed,
        started,
        overdueMandatory: ['thoughts-2'],
      });
    });
  });

  it('passes the session mode and empty lists through', () => {
    const empty = brief({
      session: { ...base.session, mode: 'online' },
      flags: [],
      openTickets: [],
      resets: [],
      mandatoryOverdue: [],
    });
    expect(empty.session.mode).toBe('online');
    expect([
      empty.flags,
      empty.openTickets,
      empty.resets,
      empty.modules.overdueMandatory,
    ]).toEqual([[], [], [], []]);
  });
});
