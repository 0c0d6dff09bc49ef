import { TestBed } from '@angular/core/testing';
import { FormArray, NonNullableFormBuilder } from '@angular/forms';
import {
  applyRuleErrors,
  ruleForm,
  RuleForm,
  toRuleInputs,
} from './triage-rules-form';

describe('triage rules form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('sends one pattern a line, blank lines dropped, and no kinds when none is chosen', () => {
    const rules = new FormArray<RuleForm>([
      ruleForm(fb(), {
        id: 'crash',
        category: 'app_crash',
        theme: 'functionality',
        patterns: ['crash'],
      }),
    ]);
    rules
      .at(0)
      .controls.patterns.setValue(' crash(?:es|ed)? \n\nfreez(?:es|ing)\n');
    expect(toRuleInputs(rules)).toEqual([
      {
        id: 'crash',
        category: 'app_crash',
        theme: 'functionality',
        patterns: ['crash(?:es|ed)?', 'freez(?:es|ing)'],
      },
    ]);
  });

  it('puts each field error on its rule and returns the ones that name no field', () => {
    const rules = new FormArray<RuleForm>([ruleForm(fb()), ruleForm(fb())]);
    const unmatched = applyRuleErrors(rules, [
      {
        field: 'rules.1.patterns.0',
        message: 'Rule 2 pattern 1 matches empty text',
      },
      {
        field: 'rules.1.category',
        message: 'Rule 2 category must be one of …',
      },
      { field: 'rules', message: 'The rules cannot be compiled together' },
    ]);
    expect(rules.at(1).controls.patterns.errors?.['server']).toBe(
      'Rule 2 pattern 1 matches empty text',
    );
    expect(rules.at(1).controls.category.errors?.['server']).toBe(
      'Rule 2 category must be one of …',
    );
    expect(rules.at(0).controls.patterns.errors?.['server']).toBeUndefined();
    expect(unmatched).toEqual(['The rules cannot be compiled together']);
  });
});
