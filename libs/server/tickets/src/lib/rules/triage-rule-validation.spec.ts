import {
  fileField,
  MAX_PATTERNS_PER_RULE,
  MAX_TRIAGE_RULES,
  validateTriageRules,
  type TriageRuleValidation,
} from './triage-rule-validation';
import { classifyTicket } from './triage-rules';

const good = {
  id: 'rota',
  category: 'other',
  theme: 'time',
  patterns: ['rota'],
};

const problems = (result: TriageRuleValidation) =>
  result.ok
    ? []
    : result.problems.map((p) => ({
        rule: p.rule,
        field: fileField(p.path),
        message: p.message,
      }));

describe('validateTriageRules', () => {
  it('accepts good rules and gives them to the matcher', () => {
    const result = validateTriageRules([
      good,
      {
        id: 'sync',
        category: 'data_sync',
        theme: 'functionality',
        patterns: ['not sync(?:ing|ed)?'],
        kinds: ['tech_support'],
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      classifyTicket(
        { kind: 'tech_support', title: 'Diary not syncing', description: '' },
        result.rules,
      ),
    ).toEqual({
      category: 'data_sync',
      theme: 'functionality',
      matchedRule: 'sync',
    });
  });

  it('reports every problem at once, each naming its rule and field', () => {
    const result = validateTriageRules([
      { ...good, category: 'billing' },
      {
        id: 'b',
        category: 'other',
        theme: 'speed',
        patterns: ['ok', ''],
        kinds: ['email'],
      },
    ]);
    expect(problems(result)).toEqual([
      {
        rule: 0,
        field: 'category',
        message: expect.stringContaining('must be one of login_access'),
      },
      {
        rule: 1,
        field: 'theme',
        message: expect.stringContaining('must be one of time'),
      },
      { rule: 1, field: 'patterns[1]', message: 'must be a non-empty string' },
      {
        rule: 1,
        field: 'kinds',
        message: expect.stringContaining('tech_support, usability_incident'),
      },
    ]);
  });

  it.each([
    ['(unclosed', /is not a valid regex: .*missing closing \)/],
    ['a)|(b', /is not a valid regex/],
    ['log(?=in)', /is not a valid regex/],
    ['(?<!not )working', /is not a valid regex/],
    ['(log)in \\1', /is not a valid regex/],
    ['a*', /matches empty text/],
    ['(?:)', /matches empty text/],
    ['x'.repeat(201), /longer than 200/],
  ])('refuses the pattern %s', (pattern, message) => {
    expect(
      problems(validateTriageRules([{ ...good, patterns: ['ok', pattern] }])),
    ).toEqual([
      {
        rule: 0,
        field: 'patterns[1]',
        message: expect.stringMatching(message),
      },
    ]);
  });

  it('refuses duplicates: the same id, the same pattern twice in a rule, a rule that repeats an earlier one', () => {
    expect(
      problems(validateTriageRules([good, { ...good, theme: 'confidence' }])),
    ).toEqual([{ rule: 1, field: 'id', message: 'duplicates "rota"' }]);
    expect(
      problems(
        validateTriageRules([{ ...good, patterns: ['rota', 'shift', 'Rota'] }]),
      ),
    ).toEqual([
      { rule: 0, field: 'patterns[2]', message: 'repeats pattern 0' },
    ]);
    expect(
      problems(validateTriageRules([good, { ...good, id: 'rota-again' }])),
    ).toEqual([
      {
        rule: 1,
        field: 'patterns',
        message: expect.stringContaining('same as rule "rota"'),
      },
    ]);
    expect(
      problems(
        validateTriageRules([
          { ...good, kinds: ['tech_support', 'tech_support'] },
        ]),
      ),
    ).toEqual([{ rule: 0, field: 'kinds', message: 'names a kind twice' }]);
  });

  it('refuses unknown fields, empty ids and sets too large to run on every ticket', () => {
    expect(
      problems(validateTriageRules([{ ...good, pattern: ['x'] }])),
    ).toEqual([
      {
        rule: 0,
        field: 'pattern',
        message: expect.stringContaining('not a known field'),
      },
    ]);
    expect(problems(validateTriageRules([{ ...good, id: ' ' }]))).toEqual([
      { rule: 0, field: 'id', message: 'must be a non-empty string' },
    ]);
    expect(
      problems(
        validateTriageRules([
          {
            ...good,
            patterns: Array.from(
              { length: MAX_PATTERNS_PER_RULE + 1 },
              (_, i) => `w${i}`,
            ),
          },
        ]),
      )[0],
    ).toMatchObject({ field: 'patterns' });
    const many = Array.from({ length: MAX_TRIAGE_RULES + 1 }, (_, i) => ({
      ...good,
      id: `r${i}`,
      patterns: [`w${i}`],
    }));
    expect(problems(validateTriageRules(many))).toEqual([
      {
        rule: null,
        field: '(rule)',
        message: `has more than ${MAX_TRIAGE_RULES} rules`,
      },
    ]);
  });

  it('runs a pattern that backtracks catastrophically in JavaScript in linear time', () => {
    // /\b(?:(a+)+b)\b/ on 30 a's takes JavaScript's engine about 2^30 steps; RE2 reads the text once.
    const result = validateTriageRules([{ ...good, patterns: ['(a+)+b'] }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const started = Date.now();
    expect(
      classifyTicket(
        {
          kind: 'tech_support',
          title: 'a'.repeat(30),
          description: 'a'.repeat(30),
        },
        result.rules,
      ).matchedRule,
    ).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
