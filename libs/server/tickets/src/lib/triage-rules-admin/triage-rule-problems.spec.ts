import { validateTriageRules } from '../rules';
import { triageRuleProblemsError } from './triage-rule-problems';

const details = (rules: unknown[]) => {
  const result = validateTriageRules(rules);
  if (result.ok) throw new Error('expected problems');
  return triageRuleProblemsError(result.problems, rules).details;
};

describe('triageRuleProblemsError', () => {
  it('names each bad field as a dotted path and the rule by number and id', () => {
    const good = {
      id: 'crash',
      category: 'app_crash',
      theme: 'functionality',
      patterns: ['crash'],
    };
    expect(
      details([
        good,
        {
          id: 'sync',
          category: 'data_sync',
          theme: 'functionality',
          patterns: ['ok', 'sync(?=ing)'],
        },
      ]),
    ).toEqual([
      {
        field: 'rules.1.patterns.1',
        message: expect.stringMatching(
          /^Rule 2 "sync" pattern 2 is not a valid regex/,
        ),
      },
    ]);
    expect(details([{ ...good, category: 'billing' }])).toEqual([
      {
        field: 'rules.0.category',
        message: expect.stringMatching(
          /^Rule 1 "crash" category must be one of/,
        ),
      },
    ]);
    expect(details(['nope'])).toEqual([
      { field: 'rules.0', message: 'Rule 1 must be an object' },
    ]);
  });
});
