import { programmeModuleTitle } from '@navdesk/contracts';
import { describeTailoring, planAfter, tailoringProblems } from './tailoring-rules';

const PLAN = ['m01-understanding-depression', 'm02-behavioural-activation', 'm03-thoughts-and-feelings', 'm04-problem-solving'];
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('tailoringProblems', () => {
  it('accepts a skip or replace of a module in the plan, and an add of one outside it', () => {
    expect(tailoringProblems({ action: 'skip', moduleId: 'm04-problem-solving' }, PLAN)).toEqual([]);
    expect(tailoringProblems({ action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm05-managing-worry' }, PLAN)).toEqual([]);
    expect(tailoringProblems({ action: 'add', moduleId: 'm06-sleep-well' }, PLAN)).toEqual([]);
  });

  it('names moduleId for an unknown module, a skip outside the plan and an add inside it', () => {
    expect(fields(tailoringProblems({ action: 'add', moduleId: 'm99-made-up' }, PLAN))).toEqual(['moduleId']);
    expect(tailoringProblems({ action: 'skip', moduleId: 'm06-sleep-well' }, PLAN)[0]?.message).toMatch(/does not include m06-sleep-well, so it cannot be skipped/);
    expect(tailoringProblems({ action: 'add', moduleId: 'm01-understanding-depression' }, PLAN)[0]?.message).toMatch(/already includes/);
  });

  it('names replacementModuleId when a replace lacks one, brings one already planned, or another action carries one', () => {
    expect(fields(tailoringProblems({ action: 'replace', moduleId: 'm03-thoughts-and-feelings' }, PLAN))).toEqual(['replacementModuleId']);
    expect(fields(tailoringProblems({ action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm04-problem-solving' }, PLAN))).toEqual(['replacementModuleId']);
    expect(fields(tailoringProblems({ action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'nope' }, PLAN))).toEqual(['replacementModuleId']);
    expect(fields(tailoringProblems({ action: 'skip', moduleId: 'm04-problem-solving', replacementModuleId: 'm05-managing-worry' }, PLAN))).toEqual(['replacementModuleId']);
  });
});

describe('planAfter', () => {
  it('skips, replaces in place, and adds at the end', () => {
    expect(planAfter(PLAN, { action: 'skip', moduleId: 'm02-behavioural-activation' })).toEqual(['m01-understanding-depression', 'm03-thoughts-and-feelings', 'm04-problem-solving']);
    expect(planAfter(PLAN, { action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm05-managing-worry' })).toEqual(['m01-understanding-depression', 'm02-behavioural-activation', 'm05-managing-worry', 'm04-problem-solving']);
    expect(planAfter(PLAN, { action: 'add', moduleId: 'm06-sleep-well' })).toEqual([...PLAN, 'm06-sleep-well']);
  });

  it('is idempotent: applying the same change twice gives the same plan', () => {
    for (const ask of [
      { action: 'skip' as const, moduleId: 'm02-behavioural-activation' },
      { action: 'replace' as const, moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm05-managing-worry' },
      { action: 'add' as const, moduleId: 'm06-sleep-well' },
    ]) {
      const once = planAfter(PLAN, ask);
      expect(planAfter(once, ask)).toEqual(once);
    }
  });
});

describe('describeTailoring', () => {
  it('reads as a sentence with module titles', () => {
    expect(describeTailoring({ action: 'replace', moduleId: 'm03-thoughts-and-feelings', replacementModuleId: 'm05-managing-worry' }, programmeModuleTitle)).toBe('Replace Thoughts and feelings with Managing worry');
    expect(describeTailoring({ action: 'skip', moduleId: 'm04-problem-solving' }, programmeModuleTitle)).toBe('Skip Problem solving');
    expect(describeTailoring({ action: 'add', moduleId: 'm06-sleep-well' }, programmeModuleTitle)).toBe('Add Sleep well');
  });
});
