import { mandatoryDueDates } from './module-due-dates';

const at = (iso: string) => new Date(iso);
const iso = (rows: { moduleId: string; dueAt: Date | null }[]) =>
  rows.map((r) => [r.moduleId, r.dueAt?.toISOString() ?? null]);
const sessions = [
  '2026-11-02T10:00:00Z',
  '2026-11-16T10:00:00Z',
  '2026-11-30T10:00:00Z',
].map(at);
const registeredAt = at('2026-10-26T09:00:00Z');

describe('mandatoryDueDates', () => {
  it.each([
    [
      'fewer modules than online sessions: module k at session k',
      ['m1', 'm2'],
      sessions,
      [
        ['m1', '2026-11-02T10:00:00.000Z'],
        ['m2', '2026-11-16T10:00:00.000Z'],
      ],
    ],
    [
      'as many modules as sessions',
      ['m1', 'm2', 'm3'],
      sessions,
      [
        ['m1', '2026-11-02T10:00:00.000Z'],
        ['m2', '2026-11-16T10:00:00.000Z'],
        ['m3', '2026-11-30T10:00:00.000Z'],
      ],
    ],
    [
      'more modules than sessions: the extra ones at the last session',
      ['m1', 'm2', 'm3', 'm4', 'm5'],
      sessions,
      [
        ['m1', '2026-11-02T10:00:00.000Z'],
        ['m2', '2026-11-16T10:00:00.000Z'],
        ['m3', '2026-11-30T10:00:00.000Z'],
        ['m4', '2026-11-30T10:00:00.000Z'],
        ['m5', '2026-11-30T10:00:00.000Z'],
      ],
    ],
    [
      'unsorted sessions are put in order',
      ['m1', 'm2'],
      [sessions[2], sessions[0], sessions[1]],
      [
        ['m1', '2026-11-02T10:00:00.000Z'],
        ['m2', '2026-11-16T10:00:00.000Z'],
      ],
    ],
    [
      'no online sessions: every 14 days from registration',
      ['m1', 'm2', 'm3'],
      [],
      [
        ['m1', '2026-11-09T09:00:00.000Z'],
        ['m2', '2026-11-23T09:00:00.000Z'],
        ['m3', '2026-12-07T09:00:00.000Z'],
      ],
    ],
    ['no mandatory modules', [], sessions, []],
  ])('%s', (_, modules, online, expected) => {
    expect(iso(mandatoryDueDates(modules, online, registeredAt))).toEqual(
      expected,
    );
  });

  it('keeps the London wall-clock time across the clock changes when counting from registration', () => {
    // 09:00 GMT on Fri 20 Mar 2026 → 09:00 BST (08:00 UTC) on Fri 3 Apr; 09:00 BST on Fri 16 Oct → 09:00 GMT on Fri 30 Oct.
    expect(
      iso(mandatoryDueDates(['m1'], [], at('2026-03-20T09:00:00Z'))),
    ).toEqual([['m1', '2026-04-03T08:00:00.000Z']]);
    expect(
      iso(mandatoryDueDates(['m1'], [], at('2026-10-16T08:00:00Z'))),
    ).toEqual([['m1', '2026-10-30T09:00:00.000Z']]);
  });

  it('returns fresh dates, not the caller’s session objects', () => {
    const [row] = mandatoryDueDates(['m1'], sessions, registeredAt);
    expect(row.dueAt).toEqual(sessions[0]);
    expect(row.dueAt).not.toBe(sessions[0]);
  });
});
