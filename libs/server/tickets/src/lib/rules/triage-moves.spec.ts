import { moveSentence, triageMoves } from './triage-moves';
import { loadTriageRules } from './triage-rule-validation';
import { DEFAULT_TRIAGE_RULES, type TriageRule } from './triage-rules';

/** The shipped rules as an admin would send them back. */
const asDefinitions = (rules: readonly TriageRule[]) =>
  rules.map((r) => ({
    ...r,
    patterns: [...r.patterns],
    kinds: r.kinds ? [...r.kinds] : undefined,
  }));

const tickets = [
  {
    kind: 'tech_support' as const,
    title: 'Rota clash',
    description: 'my rota does not leave time',
  },
  { kind: 'tech_support' as const, title: 'Rota again', description: '' },
  {
    kind: 'tech_support' as const,
    title: 'Patient locked out',
    description: 'password refused',
  },
  {
    kind: 'tech_support' as const,
    title: 'Something odd',
    description: 'nothing matches here',
  },
];

describe('triageMoves', () => {
  it('counts only the tickets the edit would move, per pair, largest first', () => {
    const proposed = loadTriageRules([
      ...asDefinitions(DEFAULT_TRIAGE_RULES),
      {
        id: 'rota',
        category: 'login_access',
        theme: 'time',
        patterns: ['rota'],
      },
    ]);
    const result = triageMoves(tickets, DEFAULT_TRIAGE_RULES, proposed);
    expect(result).toEqual({
      compared: 4,
      moved: 2,
      moves: [
        {
          from: { category: 'other', theme: 'functionality' },
          to: { category: 'login_access', theme: 'time' },
          count: 2,
          sentence:
            '2 tickets would move from Other to Log-in and access (theme Functionality to Experience of time)',
        },
      ],
    });
  });

  it('finds nothing to move when the rules are unchanged', () => {
    expect(
      triageMoves(
        tickets,
        DEFAULT_TRIAGE_RULES,
        loadTriageRules(asDefinitions(DEFAULT_TRIAGE_RULES)),
      ),
    ).toEqual({ compared: 4, moved: 0, moves: [] });
  });

  it('says what a move is in words', () => {
    expect(
      moveSentence(
        { category: 'other', theme: 'functionality' },
        { category: 'login_access', theme: 'functionality' },
        37,
      ),
    ).toBe('37 tickets would move from Other to Log-in and access');
    expect(
      moveSentence(
        { category: 'other', theme: 'functionality' },
        { category: 'other', theme: 'time' },
        1,
      ),
    ).toBe(
      '1 ticket in Other would change theme from Functionality to Experience of time',
    );
  });
});
